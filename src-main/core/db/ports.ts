import type { SearchHit, SearchMarks } from '../../contract/library.ts'

/**
 * What a dialect cannot share with the typed builder sits behind small ports like these, one
 * implementation per dialect: SQLite's in core/db/sqlite/, PostgreSQL's (the team server) in core/db/postgres/.
 */

/**
 * Full-text search over the library: FTS5 with bm25 and snippets here (sqlite/fts-search.ts); tsvector on the
 * team server (postgres/team-search.ts).
 */
export interface SearchIndex {
  /** best first; the best `snippets` hits come with highlighted snippets */
  search(query: string, limit?: number, snippets?: number): SearchHit[]
  /** snippets and marks for some hits of a search, in the order of `ids` */
  snippets(query: string, ids: number[]): SearchMarks[]
}
