import { randomUUID } from 'node:crypto'
import type { Insertable, Kysely } from 'kysely'
import type { CodesTable, DB } from '../db/schema.ts'

/**
 * The code a file names by GUID and path ("Military" › "Troop movements"): the
 * code with that GUID if there is one, else the one at that path (names compared
 * ignoring case), else created there, with any missing parents. For importers, inside
 * their transaction (`trx`). Returns the code's id.
 */
export async function ensureCodePath(trx: Kysely<DB>, guid: string, path: string[]): Promise<number> {
  const found = await trx.selectFrom('codes').select('id').where('guid', '=', guid.toUpperCase()).executeTakeFirst()
  if (found) return found.id
  const under = (parent: number | null) => trx.selectFrom('codes').where('parent_id', parent === null ? 'is' : '=', parent)
  let parent: number | null = null
  for (const [i, raw] of path.entries()) {
    const name =
      raw
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200) || 'Unnamed code'
    // names compared ignoring case, as the codebook's unique index does (SQLite's lower() folds ASCII letters, like NOCASE)
    const existing = await under(parent)
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])))
      .executeTakeFirst()
    const leaf = i === path.length - 1
    const last = await under(parent)
      .select((eb) => eb.fn.max('position').as('last'))
      .executeTakeFirst()
    const parentId: number | null = parent
    const code: Insertable<CodesTable> = {
      guid: leaf ? guid.toUpperCase() : randomUUID().toUpperCase(),
      parent_id: parentId,
      name,
      position: (last?.last ?? -1) + 1
    }
    parent = existing?.id ?? (await trx.insertInto('codes').values(code).returning('id').executeTakeFirstOrThrow()).id
  }
  return parent!
}
