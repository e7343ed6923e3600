import type { LibraryView } from '../../../contract/article-page.ts'
import { ftsQuery } from './fts-query.ts'

/**
 * The library list a window at a time (contract/article-page.ts): the window's ids in list order from the
 * articles_for_list index (migration 0005: published DESC, id), then their claim counts per tag from
 * claims_by_article_tag for those ids only. Nothing is read for the articles outside the window.
 */
export function articleWindowSql(
  at: { offset?: number; after?: [string | null, number] },
  limit: number
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  let where = ''
  if (at.after) {
    const [published, id] = at.after
    // NULL dates come last (SQLite's order for DESC), each date's articles by id
    if (published === null) where = ' WHERE published IS NULL AND id > ?'
    else where = ' WHERE (published < ? OR published IS NULL OR (published = ? AND id > ?))'
    params.push(...(published === null ? [id] : [published, published, id]))
  }
  params.push(limit, at.offset ?? 0)
  return { sql: `SELECT id FROM articles${where} ORDER BY published DESC, id LIMIT ? OFFSET ?`, params }
}

/** The summaries of some articles (in no order): articles.list's columns. */
export function articleSummariesSql(ids: number[]): { sql: string; params: unknown[] } {
  const list = ids.map(() => '?').join(', ')
  const tag = (t: string) => `count(*) FILTER (WHERE confidence = '${t}')`
  return {
    sql:
      `WITH k AS (SELECT article_id, count(*) AS claims, ${tag('evidence')} AS evidence, ${tag('assess')} AS assess, ` +
      `${tag('do not yet know')} AS unknown, count(*) FILTER (WHERE confidence IS NULL) AS untagged ` +
      `FROM claims WHERE article_id IN (${list}) GROUP BY article_id) ` +
      'SELECT a.id, a.title, a.source, a.published, a.url, a.format, a.imported_at AS importedAt, ' +
      'coalesce(k.claims, 0) AS claims, coalesce(k.evidence, 0) AS evidence, coalesce(k.assess, 0) AS assess, ' +
      'coalesce(k.unknown, 0) AS unknown, coalesce(k.untagged, 0) AS untagged ' +
      `FROM articles a LEFT JOIN k ON k.article_id = a.id WHERE a.id IN (${list})`,
    params: [...ids, ...ids]
  }
}

/**
 * Each sort's ORDER BY (contract/article-page.ts), one direction the exact reverse of the other, so one index walks
 * both: imported (0012), published (articles_for_list, 0005: newest first, then id), title (0010), source (0012). The
 * claim count has none: it counts every article's claims (claims_by_article).
 */
const SORTS: Record<NonNullable<LibraryView['sort']>['column'], (desc: boolean) => string> = {
  importedAt: (desc) => (desc ? 'a.imported_at DESC, a.id DESC' : 'a.imported_at, a.id'),
  published: (desc) => (desc ? 'a.published DESC, a.id' : 'a.published, a.id DESC'),
  title: (desc) => (desc ? 'a.title COLLATE NOCASE DESC, a.id DESC' : 'a.title COLLATE NOCASE, a.id'),
  source: (desc) => (desc ? 'a.source COLLATE NOCASE DESC, a.id DESC' : 'a.source COLLATE NOCASE, a.id'),
  claims: (desc) => `(SELECT count(*) FROM claims c WHERE c.article_id = a.id)${desc ? ' DESC, a.id DESC' : ', a.id'}`
}

const CLAIMS: Record<NonNullable<LibraryView['claims']>, string | null> = {
  all: null,
  with: 'EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)',
  without: 'NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)',
  untagged: 'EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.confidence IS NULL)'
}

/** A library view's rows as SQL: FROM and WHERE (with their parameters) and ORDER BY. */
export interface ViewSql {
  from: string
  where: string
  order: string
  params: unknown[]
}

/**
 * The rows of a library view (contract/article-page.ts). A search joins the newest matches (rowid from `floor` on,
 * newestMatchSql) with their rank, bm25 with the title weighted as articles.search ranks them (core/db/sqlite/fts-search.ts).
 * A search with nothing to search for holds no rows.
 */
export function libraryViewSql(view: LibraryView, floor: number | null): ViewSql {
  const params: unknown[] = []
  const where: string[] = []
  let from = 'articles a'
  const match = view.query === undefined ? null : ftsQuery(view.query)
  if (view.query !== undefined) {
    if (match === null) where.push('0')
    else {
      from =
        "(SELECT rowid AS id, rank AS r FROM articles_fts WHERE articles_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0)' " +
        'AND rowid >= CAST(? AS INTEGER)) m JOIN articles a ON a.id = m.id'
      params.push(match, floor ?? Number.MIN_SAFE_INTEGER)
    }
  }
  if (view.source !== undefined) {
    where.push('a.source = ?')
    params.push(view.source)
  }
  const claims = CLAIMS[view.claims ?? 'all']
  if (claims) where.push(claims)
  if (view.ids) {
    where.push('a.id IN (SELECT value FROM json_each(?))')
    params.push(JSON.stringify(view.ids))
  }
  const order = view.sort ? SORTS[view.sort.column](view.sort.desc) : match !== null ? 'm.r, a.id' : 'a.published DESC, a.id'
  return { from, where: where.length ? ` WHERE ${where.join(' AND ')}` : '', order, params }
}

/** The rowid of the `?`-th newest match (offset RANKED_MATCHES - 1): a view's search holds the matches from it on. */
export const newestMatchSql = 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?'

export const viewIdsSql = (v: ViewSql, offset: number, limit: number): { sql: string; params: unknown[] } => ({
  sql: `SELECT a.id FROM ${v.from}${v.where} ORDER BY ${v.order} LIMIT ? OFFSET ?`,
  params: [...v.params, limit, offset]
})

export const viewCountSql = (v: ViewSql): { sql: string; params: unknown[] } => ({
  sql: `SELECT count(*) AS total FROM ${v.from}${v.where}`,
  params: v.params
})

/** The row index of one article in the view (every row before it numbered: only when it is not among the rows read). */
export const viewPositionSql = (v: ViewSql, id: number): { sql: string; params: unknown[] } => ({
  sql: `SELECT n FROM (SELECT a.id, row_number() OVER (ORDER BY ${v.order}) - 1 AS n FROM ${v.from}${v.where}) WHERE id = ?`,
  params: [...v.params, id]
})

/** The library's sources, alphabetical (the filter menu). articles_for_list holds them: no row is read. */
export const SOURCES_SQL = "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL AND source <> '' ORDER BY source COLLATE NOCASE"
