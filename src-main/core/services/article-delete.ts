import { WorkbenchError } from '../../contract/errors.ts'
import type { ArticleRows } from '../db/ports.ts'
import { writeTransaction, type Store } from '../db/store.ts'
import { describeChange } from './history-labels.ts'
import { dropRedoBranch, newBatch, StaleStep } from './history-rows.ts'

/** Ids in groups a database takes as parameters of one statement. */
function chunks(ids: number[], size = 10_000): number[][] {
  const out: number[][] = []
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size))
  return out
}

/**
 * Deletes articles with their claims (and rows depending on those) in one
 * transaction, as one step on the undo stack: the rows wait in the trash
 * (article_trash) until the step is undone. All the ids must exist, or nothing is deleted.
 */
export function deleteArticles(store: Store, ids: number[]): Promise<{ deleted: number[]; claims: number; undo: string }> {
  const unique = [...new Set(ids)]
  return writeTransaction(store, async (tx) => {
    const found: number[] = []
    for (const group of chunks(unique)) {
      for (const r of await tx.db.selectFrom('articles').select('id').where('id', 'in', group).execute()) found.push(r.id)
    }
    found.sort((a, b) => a - b)
    const missing = unique.filter((id) => !found.includes(id))
    if (missing.length)
      throw new WorkbenchError('not_found', `There is no article ${missing.slice(0, 10).join(', ')}; nothing was deleted.`, { missing })
    await dropRedoBranch(tx.db)
    const batch = await newBatch(tx.db)
    let claims = 0
    let label = ''
    for (const id of found) {
      const { trashId, title, claimCount } = await trash(tx, id)
      claims += claimCount
      const step = {
        claim_id: null,
        article_id: id,
        kind: 'trash',
        before: JSON.stringify({ title }),
        cause: 'edit',
        state: 'done',
        batch,
        trash_id: trashId
      } as const
      await tx.db.insertInto('claim_history').values(step).execute()
      label ||= describeChange({ ...step, after: null }, found.length)
    }
    return { deleted: found, claims, undo: label }
  })
}

/** Moves one article and its rows to the trash; returns the trash row. Inside the write transaction. */
async function trash(tx: Store, articleId: number): Promise<{ trashId: number; title: string; claimCount: number }> {
  const rows = await tx.ports.trash.take(tx.db, articleId)
  const title = String(rows.tables[0]!.rows[0]!.title)
  const { id: trashId } = await tx.db
    .insertInto('article_trash')
    .values({ article_id: articleId, title, snapshot: JSON.stringify(rows) })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { trashId, title, claimCount: rows.tables.find((t) => t.table === 'claims')?.rows.length ?? 0 }
}

/** Undo of a delete: the article comes back from the trash with its ids, claims and codes. Inside the write transaction. */
export async function untrashArticle(tx: Store, trashId: number | null): Promise<void> {
  const kept =
    trashId === null
      ? undefined
      : (await tx.db.selectFrom('article_trash').select('snapshot').where('id', '=', trashId).executeTakeFirst())?.snapshot
  if (kept === undefined) throw new StaleStep('the deleted article was not kept')
  const rows = JSON.parse(kept) as ArticleRows
  const clash = await tx.ports.trash.clash(tx.db, rows)
  if (clash) throw new StaleStep(clash)
  await tx.ports.trash.put(tx.db, rows)
  await tx.db.deleteFrom('article_trash').where('id', '=', trashId!).execute()
}

/** Redo of a delete: the article goes to the trash again; returns the new trash row. Inside the write transaction. */
export async function retrashArticle(tx: Store, articleId: number): Promise<number> {
  if (!(await tx.db.selectFrom('articles').select('id').where('id', '=', articleId).executeTakeFirst()))
    throw new StaleStep('the article is no longer in the library')
  return (await trash(tx, articleId)).trashId
}
