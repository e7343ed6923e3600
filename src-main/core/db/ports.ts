import type { Kysely, Selectable } from 'kysely'
import type { ArticleSummary } from '../../contract/articles.ts'
import type { ArticlePageInput, LibraryView } from '../../contract/article-page.ts'
import type { ClaimPage, ClaimPageInput, ClaimView } from '../../contract/claim-page.ts'
import type { ClaimColumns, ClaimQuery, ClaimRow } from '../../contract/claims.ts'
import type { ExportSelection } from '../../contract/export.ts'
import type { SearchHit, SearchMarks } from '../../contract/library.ts'
import type { ArticlesTable, DB } from './schema.ts'

/**
 * What a dialect cannot share with the typed builder sits behind small ports like these, one
 * implementation per dialect: SQLite's in core/db/sqlite/ (sqlite-ports.ts), PostgreSQL's in core/db/postgres/.
 * Every method takes the builder the caller runs on (the connection's, or a transaction's `trx`), so a port
 * called inside a transaction is part of it.
 */

/** How writes are grouped. */
export interface Transactions {
  /**
   * One write transaction. SQLite: BEGIN IMMEDIATE (a deferred transaction that reads first and writes later fails
   * as busy when another program wrote in between). The body must await only queries on `trx`.
   */
  write<T>(db: Kysely<DB>, body: (trx: Kysely<DB>) => Promise<T>): Promise<T>
  /** Inside a transaction: the body's writes stay or go together (a throw undoes them and is rethrown). */
  savepoint<T>(trx: Kysely<DB>, body: () => Promise<T>): Promise<T>
}

/**
 * Full-text search over the library: FTS5 with bm25 and snippets here (sqlite/fts-search.ts); tsvector on the
 * team server (postgres/team-search.ts).
 */
export interface SearchIndex {
  /** best first; the best `snippets` hits come with highlighted snippets */
  search(db: Kysely<DB>, query: string, limit?: number, snippets?: number): Promise<SearchHit[]>
  /** snippets and marks for some hits of a search, in the order of `ids` */
  snippets(db: Kysely<DB>, query: string, ids: number[]): Promise<SearchMarks[]>
}

/** The claim filter (text, tags, speaker, sort) over claims joined to their articles: claims.list, claims.columns, export. */
export interface ClaimReads {
  list(db: Kysely<DB>, query: ClaimQuery): Promise<ClaimRow[]>
  /** the same rows column by column (the grid); may answer from a cache while nothing was written */
  columns(db: Kysely<DB>, query: ClaimQuery): Promise<ClaimColumns>
  one(db: Kysely<DB>, id: number): Promise<ClaimRow | undefined>
  /** how many claims an export selection holds now */
  count(db: Kysely<DB>, selection: ExportSelection): Promise<number>
  /** a window of a claim view (contract/claim-page.ts: All claims), by offset or cursor */
  page(db: Kysely<DB>, input: ClaimPageInput): Promise<ClaimPage>
  /** how many claims a view holds */
  viewCount(db: Kysely<DB>, view: ClaimView): Promise<number>
  /** a grouped view's groups in row order with their counts */
  groups(db: Kysely<DB>, view: ClaimView): Promise<{ group: string; count: number }[]>
}

type Value = string | number | null

/** An article's rows and every row deleted with it (claims, their codes, …), parents first: the trash keeps these. */
export interface ArticleRows {
  tables: { table: string; rows: Record<string, Value>[] }[]
}

/** Deleting an article with everything that hangs off it, and putting it back (undo). Call inside a write transaction. */
export interface ArticleTrash {
  /** reads the article's rows and the rows deleted with it, then deletes the article */
  take(trx: Kysely<DB>, articleId: number): Promise<ArticleRows>
  /** why the rows cannot go back (a sentence), or null when they can */
  clash(trx: Kysely<DB>, rows: ArticleRows): Promise<string | null>
  put(trx: Kysely<DB>, rows: ArticleRows): Promise<void>
}

/** An article row as the import stores it: the table's columns but those the database fills (schema.ts). */
export type ArticleInsert = Omit<Selectable<ArticlesTable>, 'id' | 'imported_at'>

/** What storing one article came to: stored, or already there (same canonical text), or the error that stopped it. */
export type StoredArticle = { status: 'imported' | 'duplicate'; id: number; title: string } | { error: unknown }

/** Storing articles, the import's hot path (SQLite: statements prepared once). Inside a write transaction. */
export interface ArticleStore {
  /** the id of the article with this canonical text, if any */
  idByHash(db: Kysely<DB>, hash: string): Promise<number | undefined>
  insert(db: Kysely<DB>, row: ArticleInsert): Promise<number>
  /**
   * Stores each article unless its text is there already, in order, in one turn on the connection (an import batch's
   * run of plain articles); stops at the first failure, which is the last entry.
   */
  storeAll(db: Kysely<DB>, rows: ArticleInsert[]): Promise<StoredArticle[]>
  /** a window of the library list or of a view (contract/article-page.ts), with its size unless `count: false` */
  page(db: Kysely<DB>, input: ArticlePageInput): Promise<{ rows: ArticleSummary[]; total: number | null }>
  /** the ids of a view's rows from `offset` on, in its order */
  ids(db: Kysely<DB>, view: LibraryView, offset: number, limit: number): Promise<number[]>
  /** an article's row index in a view, null when the view does not hold it */
  position(db: Kysely<DB>, view: LibraryView, id: number): Promise<number | null>
  /** the library's sources, alphabetical */
  sources(db: Kysely<DB>): Promise<string[]>
}

/** Copies of the whole database. */
export interface Backups {
  /**
   * Writes a consistent copy of the database to `target` (whole or not at all: a crash part way leaves only
   * `<target>.partial`). Throws `unsupported` where the dialect cannot (the team server: use pg_dump).
   */
  copyTo(db: Kysely<DB>, target: string): Promise<void>
}

export interface Ports {
  transactions: Transactions
  search: SearchIndex
  claims: ClaimReads
  trash: ArticleTrash
  articles: ArticleStore
  backups: Backups
}
