import { randomUUID } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import { firstRow, runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'

/**
 * The code a file names by GUID and path ("Military" › "Troop movements"): the
 * code with that GUID if there is one, else the one at that path (names compared
 * ignoring case), else created there, with any missing parents. Synchronous, for
 * importers that store inside one transaction (hence the synchronous builder of
 * run-sync.ts, not the async one of codes.ts). Returns the code's id.
 */
export function ensureCodePath(sqlite: BetterSqlite3.Database, guid: string, path: string[]): number {
  const found = firstRow(sqlite, q.selectFrom('codes').select('id').where('guid', '=', guid.toUpperCase()))
  if (found) return found.id
  const under = (parent: number | null) => q.selectFrom('codes').where('parent_id', parent === null ? 'is' : '=', parent)
  let parent: number | null = null
  path.forEach((raw, i) => {
    const name =
      raw
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200) || 'Unnamed code'
    // names compared ignoring case, as the codebook's unique index does (COLLATE NOCASE)
    const existing = firstRow(
      sqlite,
      under(parent)
        .select('id')
        .where(sql<boolean>`name = ${name} COLLATE NOCASE`)
    )
    const leaf = i === path.length - 1
    const position =
      (firstRow(
        sqlite,
        under(parent).select((eb) => eb.fn.max('position').as('last'))
      )?.last ?? -1) + 1
    const code = { guid: leaf ? guid.toUpperCase() : randomUUID().toUpperCase(), parent_id: parent, name, position }
    parent = existing?.id ?? runWrite(sqlite, q.insertInto('codes').values(code)).lastId
  })
  return parent!
}
