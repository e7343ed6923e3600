import type BetterSqlite3 from 'better-sqlite3'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
import { putArticleRows, restoreClash, takeArticleRows, type ArticleRows } from '../db/sqlite/article-rows.ts'
import { dropRedoBranch, newBatch, StaleStep } from './history-rows.ts'

/**
 * Deletes articles with their claims (and rows depending on those) in one
 * transaction, as one step on the undo stack: the rows wait in the trash
 * (article_trash) until the step is undone. All the ids must exist, or nothing is deleted.
 */
export function deleteArticles(database: Database, ids: number[]): { deleted: number[]; claims: number } {
  const { sqlite } = database
  const unique = [...new Set(ids)]
  return sqlite
    .transaction(() => {
      const found = sqlite.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(unique)) as number[]
      const missing = unique.filter((id) => !found.includes(id))
      if (missing.length) throw new WorkbenchError('not_found', `There is no article ${missing.slice(0, 10).join(', ')}; nothing was deleted.`, { missing })
      dropRedoBranch(sqlite)
      const batch = newBatch(sqlite)
      const history = sqlite.prepare("INSERT INTO claim_history (claim_id, article_id, kind, before, cause, state, batch, trash_id) VALUES (NULL, ?, 'trash', ?, 'edit', 'done', ?, ?)")
      let claims = 0
      for (const id of found) {
        const { trashId, title, claimCount } = trash(sqlite, id)
        claims += claimCount
        history.run(id, JSON.stringify({ title }), batch, trashId)
      }
      return { deleted: found, claims }
    })
    .immediate()
}

/** Moves one article and its rows to the trash; returns the trash row. */
function trash(sqlite: BetterSqlite3.Database, articleId: number): { trashId: number; title: string; claimCount: number } {
  const rows = takeArticleRows(sqlite, articleId)
  const title = String(rows.tables[0]!.rows[0]!.title)
  const info = sqlite.prepare('INSERT INTO article_trash (article_id, title, snapshot) VALUES (?, ?, ?)').run(articleId, title, JSON.stringify(rows))
  return { trashId: Number(info.lastInsertRowid), title, claimCount: rows.tables.find((t) => t.table === 'claims')?.rows.length ?? 0 }
}

/** Undo of a delete: the article comes back from the trash with its ids, claims and codes. */
export function untrashArticle(sqlite: BetterSqlite3.Database, trashId: number | null): void {
  const kept = trashId === null ? undefined : (sqlite.prepare('SELECT snapshot FROM article_trash WHERE id = ?').pluck().get(trashId) as string | undefined)
  if (kept === undefined) throw new StaleStep('the deleted article was not kept')
  const rows = JSON.parse(kept) as ArticleRows
  const clash = restoreClash(sqlite, rows)
  if (clash) throw new StaleStep(clash)
  putArticleRows(sqlite, rows)
  sqlite.prepare('DELETE FROM article_trash WHERE id = ?').run(trashId)
}

/** Redo of a delete: the article goes to the trash again; returns the new trash row. */
export function retrashArticle(sqlite: BetterSqlite3.Database, articleId: number): number {
  if (!sqlite.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) throw new StaleStep('the article is no longer in the library')
  return trash(sqlite, articleId).trashId
}
