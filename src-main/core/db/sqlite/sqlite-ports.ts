import type { Ports, StoredArticle } from '../ports.ts'
import { withSavepoint } from '../savepoint.ts'
import { cachedStatement } from '../statements.ts'
import { putArticleRows, restoreClash, takeArticleRows } from './article-rows.ts'
import { copyDatabase } from './backup-copy.ts'
import { claimRowOf, foldForQuery, listClaimColumns, listClaims } from './claim-query.ts'
import { countSelection } from './claim-selection.ts'
import { claimWindow, foldForView, viewCount, viewGroups } from './claim-page.ts'
import { articleWindow, librarySources, viewIds, viewPosition } from './library-view.ts'
import { searchArticles, searchSnippets } from './fts-search.ts'
import type { IntegrityGate } from '../integrity-gate.ts'
import { onConnection, type SqliteHandle } from './handle.ts'
import { immediateTransaction } from './immediate.ts'

const INSERT_ARTICLE = `INSERT INTO articles (title, body, content_hash, source, url, published, format, file_name, warnings)
  VALUES (@title, @body, @content_hash, @source, @url, @published, @format, @file_name, @warnings)`

/**
 * SQLite's ports (ports.ts) over one connection. The work is synchronous better-sqlite3 (prepared statements, FTS5,
 * pragmas), run through onConnection, so it waits its turn on the connection like any Kysely query. A write transaction
 * begins once the file has passed its integrity check (integrity-gate.ts).
 */
export function sqlitePorts(handle: SqliteHandle, integrity: Pick<IntegrityGate, 'passed'>): Ports {
  const { sqlite } = handle
  return {
    transactions: {
      write: async (db, body) => {
        await integrity.passed
        return immediateTransaction(db, body)
      },
      savepoint: withSavepoint
    },
    search: {
      search: (db, query, limit, snippets) => onConnection(db, () => searchArticles(handle, query, limit, snippets)),
      snippets: (db, query, ids) => onConnection(db, () => searchSnippets(handle, query, ids))
    },
    claims: {
      list: (db, query) => onConnection(db, () => listClaims(handle, query)),
      columns: (db, query) => onConnection(db, () => listClaimColumns(handle, query)),
      one: (db, id) => onConnection(db, () => claimRowOf(sqlite, id)),
      count: (db, selection) =>
        onConnection(db, () => {
          if ('query' in selection) foldForQuery(sqlite, selection.query)
          else if ('view' in selection) foldForView(sqlite, selection.view)
          return countSelection(sqlite, selection)
        }),
      page: (db, input) => onConnection(db, () => claimWindow(sqlite, input)),
      viewCount: (db, view) => onConnection(db, () => viewCount(sqlite, view)),
      groups: (db, view) => onConnection(db, () => viewGroups(sqlite, view))
    },
    trash: {
      take: (trx, articleId) => onConnection(trx, () => takeArticleRows(sqlite, articleId)),
      clash: (trx, rows) => onConnection(trx, () => restoreClash(sqlite, rows)),
      put: (trx, rows) => onConnection(trx, () => putArticleRows(sqlite, rows))
    },
    articles: {
      idByHash: (db, hash) =>
        onConnection(
          db,
          () => cachedStatement(handle, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined
        ),
      insert: (db, row) => onConnection(db, () => Number(cachedStatement(handle, INSERT_ARTICLE).run(row).lastInsertRowid)),
      storeAll: (db, rows) =>
        onConnection(db, () => {
          const existing = cachedStatement(handle, 'SELECT id, title FROM articles WHERE content_hash = ?')
          const insert = cachedStatement(handle, INSERT_ARTICLE)
          const out: StoredArticle[] = []
          for (const row of rows) {
            try {
              const found = existing.get(row.content_hash) as { id: number; title: string } | undefined
              out.push(
                found
                  ? { status: 'duplicate', ...found }
                  : { status: 'imported', id: Number(insert.run(row).lastInsertRowid), title: row.title }
              )
            } catch (error) {
              out.push({ error })
              break
            }
          }
          return out
        }),
      page: (db, input) => onConnection(db, () => articleWindow(sqlite, input)),
      ids: (db, view, offset, limit) => onConnection(db, () => viewIds(sqlite, view, offset, limit)),
      position: (db, view, id) => onConnection(db, () => viewPosition(sqlite, view, id)),
      sources: (db) => onConnection(db, () => librarySources(sqlite))
    },
    backups: { copyTo: (db, target) => onConnection(db, () => copyDatabase(sqlite, target)) }
  }
}
