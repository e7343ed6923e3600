import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { CodeRow } from '../../contract/codes.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { DB } from '../db/schema.ts'
import { isUniqueViolation } from '../db/sqlite-errors.ts'
import { writeTransaction, type Store } from '../db/store.ts'

/**
 * The codebook and which claims carry which codes, on Kysely's typed builder, in any dialect (SQLite's and
 * PostgreSQL's: codes-postgres.test.ts). Writes run in writeTransaction (SQLite: BEGIN IMMEDIATE); their bodies
 * await only queries on the transaction.
 */
type Db = Kysely<DB>

const CHUNK = 5000

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK)
}

interface StoredCode {
  id: number
  guid: string
  parent_id: number | null
  name: string
  color: string | null
  description: string
  position: number
}

/** Every code, depth-first (each right after its parent, siblings by position), with paths and claim counts. */
export async function listCodes(db: Db): Promise<CodeRow[]> {
  const rows = await db
    .selectFrom('codes')
    .select(['id', 'guid', 'parent_id', 'name', 'color', 'description', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute()
  const counts = await db
    .selectFrom('claim_codes')
    .select(['code_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('code_id')
    .execute()
  return codeTree(rows, new Map(counts.map((c) => [c.code_id, Number(c.n)])))
}

export function codeTree(rows: StoredCode[], counts: Map<number, number>): CodeRow[] {
  const byParent = new Map<number | null, StoredCode[]>()
  for (const r of rows) {
    const list = byParent.get(r.parent_id)
    if (list) list.push(r)
    else byParent.set(r.parent_id, [r])
  }
  const out: CodeRow[] = []
  const walk = (parent: number | null, path: string[]): void => {
    for (const r of byParent.get(parent) ?? []) {
      const own = [...path, r.name]
      out.push({
        id: r.id,
        guid: r.guid,
        parentId: r.parent_id,
        name: r.name,
        color: r.color,
        description: r.description,
        depth: path.length,
        path: own,
        claims: counts.get(r.id) ?? 0
      })
      walk(r.id, own)
    }
  }
  walk(null, [])
  return out
}

async function codeById(db: Db, id: number): Promise<CodeRow> {
  const row = (await listCodes(db)).find((c) => c.id === id)
  if (!row) throw new WorkbenchError('not_found', `There is no code ${id}.`)
  return row
}

async function storedCode(db: Db, id: number): Promise<StoredCode> {
  const row = await db
    .selectFrom('codes')
    .select(['id', 'guid', 'parent_id', 'name', 'color', 'description', 'position'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new WorkbenchError('not_found', `There is no code ${id}.`)
  return row
}

async function nextPosition(db: Db, parentId: number | null): Promise<number> {
  const r = await db
    .selectFrom('codes')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('parent_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst()
  return r?.max === null || r?.max === undefined ? 0 : Number(r.max) + 1
}

/** A clear message for a name already taken among the siblings, instead of the bare constraint. */
async function nameClash<T>(db: Db, name: string, parentId: number | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    const parent = parentId === null ? null : await storedCode(db, parentId)
    throw new WorkbenchError(
      'conflict',
      `There is already a code "${name}" ${parent ? `under "${parent.name}"` : 'at the top level'} (sibling codes need different names, ignoring case).`
    )
  }
}

export interface NewCode {
  name: string
  parentId?: number | null
  color?: string | null
  description?: string
  /** REFI-QDA GUID (upper case); a new one when absent */
  guid?: string
}

export function createCode(store: Store, c: NewCode): Promise<CodeRow> {
  const parentId = c.parentId ?? null
  return writeTransaction(store, async ({ db: trx }) => {
    if (parentId !== null) await storedCode(trx, parentId)
    const position = await nextPosition(trx, parentId)
    const row = {
      guid: c.guid ?? randomUUID().toUpperCase(),
      parent_id: parentId,
      name: c.name,
      color: c.color ?? null,
      description: c.description ?? '',
      position
    }
    const id = await nameClash(
      trx,
      c.name,
      parentId,
      async () => (await trx.insertInto('codes').values(row).returning('id').executeTakeFirstOrThrow()).id
    )
    return codeById(trx, id)
  })
}

export function updateCode(
  store: Store,
  id: number,
  patch: { name?: string; color?: string | null; description?: string }
): Promise<CodeRow> {
  return writeTransaction(store, async ({ db }) => {
    const code = await storedCode(db, id)
    const values: Partial<Pick<StoredCode, 'name' | 'color' | 'description'>> = {}
    if (patch.name !== undefined) values.name = patch.name
    if (patch.color !== undefined) values.color = patch.color
    if (patch.description !== undefined) values.description = patch.description
    await nameClash(db, patch.name ?? code.name, code.parent_id, () => db.updateTable('codes').set(values).where('id', '=', id).execute())
    return codeById(db, id)
  })
}

/** The ids of a code's ancestors, nearest first. */
async function ancestors(db: Db, id: number | null): Promise<number[]> {
  const out: number[] = []
  for (let at = id; at !== null;) {
    out.push(at)
    at = (await storedCode(db, at)).parent_id
  }
  return out
}

export function moveCode(store: Store, id: number, parentId: number | null, position?: number): Promise<CodeRow[]> {
  return writeTransaction(store, async ({ db: trx }) => {
    const code = await storedCode(trx, id)
    if ((await ancestors(trx, parentId)).includes(id))
      throw new WorkbenchError('conflict', `"${code.name}" cannot go under itself or one of its own sub-codes.`)
    const siblings = await trx
      .selectFrom('codes')
      .select('id')
      .where('parent_id', parentId === null ? 'is' : '=', parentId)
      .where('id', '<>', id)
      .orderBy('position')
      .orderBy('id')
      .execute()
    const order = siblings.map((s) => s.id)
    order.splice(Math.min(position ?? order.length, order.length), 0, id)
    await nameClash(trx, code.name, parentId, () => trx.updateTable('codes').set({ parent_id: parentId }).where('id', '=', id).execute())
    for (const [i, sibling] of order.entries()) await trx.updateTable('codes').set({ position: i }).where('id', '=', sibling).execute()
    return listCodes(trx)
  })
}

/** Moves every claim of `source` to `target`; returns how many claims gained `target`. */
async function moveClaims(trx: Db, source: number, target: number): Promise<number> {
  const claims = (await trx.selectFrom('claim_codes').select('claim_id').where('code_id', '=', source).execute()).map((r) => r.claim_id)
  let gained = 0
  for (const ids of chunks(claims)) {
    const had = await trx.selectFrom('claim_codes').select('claim_id').where('code_id', '=', target).where('claim_id', 'in', ids).execute()
    gained += ids.length - had.length
    await trx
      .insertInto('claim_codes')
      .values(ids.map((claim_id) => ({ claim_id, code_id: target })))
      .onConflict((oc) => oc.columns(['claim_id', 'code_id']).doNothing())
      .execute()
  }
  await trx
    .updateTable('claim_codes_parked')
    .set({ code_id: target })
    .where('code_id', '=', source)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('claim_codes_parked as p')
            .select('p.claim_id')
            .whereRef('p.claim_id', '=', 'claim_codes_parked.claim_id')
            .where('p.code_id', '=', target)
        )
      )
    )
    .execute()
  return gained
}

async function mergeInto(trx: Db, source: number, target: number): Promise<number> {
  let gained = await moveClaims(trx, source, target)
  const targetChildren = await trx.selectFrom('codes').select(['id', 'name']).where('parent_id', '=', target).execute()
  const sourceChildren = await trx
    .selectFrom('codes')
    .select(['id', 'name'])
    .where('parent_id', '=', source)
    .orderBy('position')
    .orderBy('id')
    .execute()
  let position = await nextPosition(trx, target)
  for (const child of sourceChildren) {
    const same = targetChildren.find((t) => t.name.toLowerCase() === child.name.toLowerCase())
    if (same) gained += await mergeInto(trx, child.id, same.id)
    else await trx.updateTable('codes').set({ parent_id: target, position: position++ }).where('id', '=', child.id).execute()
  }
  await trx.deleteFrom('codes').where('id', '=', source).execute()
  return gained
}

export function mergeCodes(store: Store, sourceId: number, targetId: number): Promise<{ target: CodeRow; claims: number }> {
  return writeTransaction(store, async ({ db: trx }) => {
    const source = await storedCode(trx, sourceId)
    const target = await storedCode(trx, targetId)
    if ((await ancestors(trx, targetId)).includes(sourceId))
      throw new WorkbenchError('conflict', `"${source.name}" cannot be merged into its own sub-code "${target.name}".`)
    const claims = await mergeInto(trx, sourceId, targetId)
    return { target: await codeById(trx, targetId), claims }
  })
}

/** Deletes a code and its sub-codes; returns how many codes went and how many claims lost one. */
export async function deleteCode(store: Store, id: number): Promise<{ codes: number; claims: number }> {
  return writeTransaction(store, async ({ db: trx }) => {
    const all = await listCodes(trx)
    const code = all.find((c) => c.id === id)
    if (!code) throw new WorkbenchError('not_found', `There is no code ${id}.`)
    const subtree = all
      .filter((c) => c.path.length >= code.path.length && c.path.slice(0, code.path.length).join('\u0000') === code.path.join('\u0000'))
      .map((c) => c.id)
    const claims = await trx
      .selectFrom('claim_codes')
      .select((eb) => eb.fn.count<number>('claim_id').distinct().as('n'))
      .where('code_id', 'in', subtree)
      .executeTakeFirst()
    await trx.deleteFrom('codes').where('id', '=', id).execute() // sub-codes and their claim rows go by ON DELETE CASCADE
    return { codes: subtree.length, claims: Number(claims?.n ?? 0) }
  })
}

/** Gives the claims the code; ids of claims that do not exist are refused as a whole. */
export async function assignCode(store: Store, codeId: number, claimIds: number[]): Promise<{ changed: number }> {
  return writeTransaction(store, async ({ db: trx }) => {
    await storedCode(trx, codeId)
    const unique = [...new Set(claimIds)]
    let changed = 0
    for (const ids of chunks(unique)) {
      const found = await trx.selectFrom('claims').select('id').where('id', 'in', ids).execute()
      if (found.length < ids.length) {
        const known = new Set(found.map((f) => f.id))
        throw new WorkbenchError(
          'not_found',
          `There is no claim ${ids
            .filter((i) => !known.has(i))
            .slice(0, 10)
            .join(', ')}; no code was assigned.`
        )
      }
      const had = await trx
        .selectFrom('claim_codes')
        .select('claim_id')
        .where('code_id', '=', codeId)
        .where('claim_id', 'in', ids)
        .execute()
      changed += ids.length - had.length
      await trx
        .insertInto('claim_codes')
        .values(ids.map((claim_id) => ({ claim_id, code_id: codeId })))
        .onConflict((oc) => oc.columns(['claim_id', 'code_id']).doNothing())
        .execute()
    }
    return { changed }
  })
}

export async function unassignCode(store: Store, codeId: number, claimIds: number[]): Promise<{ changed: number }> {
  return writeTransaction(store, async ({ db: trx }) => {
    await storedCode(trx, codeId)
    let changed = 0
    for (const ids of chunks([...new Set(claimIds)])) {
      const r = await trx.deleteFrom('claim_codes').where('code_id', '=', codeId).where('claim_id', 'in', ids).executeTakeFirst()
      changed += Number(r.numDeletedRows)
    }
    return { changed }
  })
}

/** Claim–code pairs, of one article's claims or of all, ordered by claim then code order in the codebook. */
export async function codeAssignments(db: Kysely<DB>, articleId?: number): Promise<{ claimIds: number[]; codeIds: number[] }> {
  let q = db.selectFrom('claim_codes as cc').innerJoin('codes as k', 'k.id', 'cc.code_id').select(['cc.claim_id', 'cc.code_id'])
  if (articleId !== undefined) q = q.innerJoin('claims as c', 'c.id', 'cc.claim_id').where('c.article_id', '=', articleId)
  const rows = await q.orderBy('cc.claim_id').execute()
  const order = new Map((await listCodes(db)).map((c, i) => [c.id, i]))
  rows.sort((a, b) => a.claim_id - b.claim_id || order.get(a.code_id)! - order.get(b.code_id)!)
  return { claimIds: rows.map((r) => r.claim_id), codeIds: rows.map((r) => r.code_id) }
}
