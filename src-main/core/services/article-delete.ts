import type BetterSqlite3 from 'better-sqlite3'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
import { putArticleRows, restoreClash, takeArticleRows, type ArticleRows } from '../db/sqlite/article-rows.ts'
import { allRows, firstRow, runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import { describeChange } from './history-labels.ts'
import { dropRedoBranch, newBatch, StaleStep } from './history-rows.ts'

/** Ids in groups SQLite takes as parameters of one statement. */
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
export function deleteArticles(database: Database, ids: number[]): { deleted: number[]; claims: number; undo: string } {
  const { sqlite } = database
  const unique = [...new Set(ids)]
  return sqlite
    .transaction(() => {
      const found = chunks(unique).flatMap((ids) =>
        allRows(sqlite, q.selectFrom('articles').select('id').where('id', 'in', ids)).map((r) => r.id)
      )
      found.sort((a, b) => a - b)
      const missing = unique.filter((id) => !found.includes(id))
      if (missing.length)
        throw new WorkbenchError('not_found', `There is no article ${missing.slice(0, 10).join(', ')}; nothing was deleted.`, { missing })
      dropRedoBranch(sqlite)
      const batch = newBatch(sqlite)
      let claims = 0
      let label = ''
      for (const id of found) {
        const { trashId, title, claimCount } = trash(sqlite, id)
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
        runWrite(sqlite, q.insertInto('claim_history').values(step))
        label ||= describeChange({ ...step, after: null }, found.length)
      }
      return { deleted: found, claims, undo: label }
    })
    .immediate()
}

/** Moves one article and its rows to the trash; returns the trash row. */
function trash(sqlite: BetterSqlite3.Database, articleId: number): { trashId: number; title: string; claimCount: number } {
  const rows = takeArticleRows(sqlite, articleId)
  const title = String(rows.tables[0]!.rows[0]!.title)
  const { lastId } = runWrite(
    sqlite,
    q.insertInto('article_trash').values({ article_id: articleId, title, snapshot: JSON.stringify(rows) })
  )
  return { trashId: lastId, title, claimCount: rows.tables.find((t) => t.table === 'claims')?.rows.length ?? 0 }
}

/** Undo of a delete: the article comes back from the trash with its ids, claims and codes. */
export function untrashArticle(sqlite: BetterSqlite3.Database, trashId: number | null): void {
  const kept =
    trashId === null ? undefined : firstRow(sqlite, q.selectFrom('article_trash').select('snapshot').where('id', '=', trashId))?.snapshot
  if (kept === undefined) throw new StaleStep('the deleted article was not kept')
  const rows = JSON.parse(kept) as ArticleRows
  const clash = restoreClash(sqlite, rows)
  if (clash) throw new StaleStep(clash)
  putArticleRows(sqlite, rows)
  runWrite(sqlite, q.deleteFrom('article_trash').where('id', '=', trashId!))
}

/** Redo of a delete: the article goes to the trash again; returns the new trash row. */
export function retrashArticle(sqlite: BetterSqlite3.Database, articleId: number): number {
  if (!firstRow(sqlite, q.selectFrom('articles').select('id').where('id', '=', articleId)))
    throw new StaleStep('the article is no longer in the library')
  return trash(sqlite, articleId).trashId
}
