import type BetterSqlite3 from 'better-sqlite3'
import type { ArticlePageInput, LibraryView } from '../../../contract/article-page.ts'
import type { ArticleSummary } from '../../../contract/articles.ts'
import {
  articleSummariesSql,
  articleWindowSql,
  libraryViewSql,
  newestMatchSql,
  SOURCES_SQL,
  viewCountSql,
  viewIdsSql,
  viewPositionSql,
  type ViewSql
} from './article-page-sql.ts'
import { ftsQuery } from './fts-query.ts'
import { RANKED_MATCHES } from './fts-search.ts'

const all = <R>(sqlite: BetterSqlite3.Database, q: { sql: string; params: unknown[] }): R[] => sqlite.prepare(q.sql).all(...q.params) as R[]

interface SummaryRow extends Omit<ArticleSummary, 'tagCounts'> {
  evidence: number
  assess: number
  unknown: number
  untagged: number
}

/** A view as SQL; a search's floor first: the newest RANKED_MATCHES matches, as articles.search ranks them. */
function viewSql(sqlite: BetterSqlite3.Database, view: LibraryView): ViewSql {
  const match = view.query === undefined ? null : ftsQuery(view.query)
  if (match === null) return libraryViewSql(view, null)
  const floor = sqlite
    .prepare(newestMatchSql)
    .pluck()
    .get(match, RANKED_MATCHES - 1) as number | undefined
  return libraryViewSql(view, floor ?? null)
}

/** The summaries of these articles, in this order. */
function summaries(sqlite: BetterSqlite3.Database, ids: number[]): ArticleSummary[] {
  const byId = new Map<number, ArticleSummary>()
  if (ids.length > 0)
    for (const { evidence, assess, unknown, untagged, ...r } of all<SummaryRow>(sqlite, articleSummariesSql(ids)))
      byId.set(r.id, { ...r, tagCounts: { evidence, assess, 'do not yet know': unknown, untagged } })
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One window of the library list or of a view, in its order, with its size (contract/article-page.ts). */
export function articleWindow(sqlite: BetterSqlite3.Database, input: ArticlePageInput): { rows: ArticleSummary[]; total: number | null } {
  const count = input.count !== false
  if (!input.view) {
    const ids = all<{ id: number }>(sqlite, articleWindowSql(input, input.limit)).map((r) => r.id)
    const total = count ? (sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number) : null
    return { rows: summaries(sqlite, ids), total }
  }
  const v = viewSql(sqlite, input.view)
  const ids = all<{ id: number }>(sqlite, viewIdsSql(v, input.offset ?? 0, input.limit)).map((r) => r.id)
  const total = count ? (all<{ total: number }>(sqlite, viewCountSql(v))[0]?.total ?? 0) : null
  return { rows: summaries(sqlite, ids), total }
}

export const viewIds = (sqlite: BetterSqlite3.Database, view: LibraryView, offset: number, limit: number): number[] =>
  all<{ id: number }>(sqlite, viewIdsSql(viewSql(sqlite, view), offset, limit)).map((r) => r.id)

export const viewPosition = (sqlite: BetterSqlite3.Database, view: LibraryView, id: number): number | null =>
  all<{ n: number }>(sqlite, viewPositionSql(viewSql(sqlite, view), id))[0]?.n ?? null

export const librarySources = (sqlite: BetterSqlite3.Database): string[] => sqlite.prepare(SOURCES_SQL).pluck().all() as string[]
