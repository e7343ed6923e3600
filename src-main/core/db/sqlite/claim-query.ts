import type BetterSqlite3 from 'better-sqlite3'
import { CLAIM_FIELDS, claimFieldNames, gridFieldNames } from '../../../contract/claim-fields.ts'
import type { ClaimColumns, ClaimQuery, ClaimRow } from '../../../contract/claims.ts'
import { foldText } from '../../../contract/text-fold.ts'
import type { SqliteHandle } from './handle.ts'
import { refreshClaimFolds } from './claim-folds.ts'

const COLUMNS: Record<NonNullable<ClaimQuery['sort']>[number]['column'], string> = {
  articleTitle: 'a.title COLLATE NOCASE',
  start: 'c.start',
  quote: 'c.quote COLLATE NOCASE',
  confidence: 'c.confidence',
  attributedTo: 'c.attributed_to COLLATE NOCASE',
  note: 'c.note COLLATE NOCASE',
  sourceReliability: 'c.source_reliability',
  claimCredibility: 'c.claim_credibility',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at'
}

/** The ClaimRow fields as SQL over `c` (claims) and `a` (articles), from contract/claim-fields.ts. */
export const CLAIM_ROW_SELECT = [
  ...claimFieldNames.map((f) => `c."${CLAIM_FIELDS[f].column}" AS "${f}"`),
  'a.title AS "articleTitle"'
].join(', ')

/** The tables every claim query reads: claims `c` joined to their article `a`. */
export const CLAIMS_FROM = 'FROM claims c JOIN articles a ON a.id = c.article_id'

/** Escapes LIKE wildcards so a user's "50%" means the text "50%". */
const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (m) => '\\' + m)}%`

/**
 * Builds the SQL for a claim query: the one definition of what a filter means.
 * `columns` (default: the ClaimRow fields) lets export select its own columns over
 * the same rows in the same order; it may use `c.` (claims) and `a.` (articles).
 */
export function claimQuerySql(q: ClaimQuery, columns: string = CLAIM_ROW_SELECT): { sql: string; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (q.articleId !== undefined) {
    where.push('c.article_id = ?')
    params.push(q.articleId)
  }
  if (q.text) {
    // the folded quote, note and speaker (contract/text-fold.ts): the same rule as the claims table's filter
    where.push("c.search_text LIKE ? ESCAPE '\\'")
    params.push(likePattern(foldText(q.text)))
  }
  if (q.confidence && q.confidence.length > 0) {
    const tags = q.confidence.filter((c) => c !== 'none')
    const parts = tags.length ? [`c.confidence IN (${tags.map(() => '?').join(', ')})`] : []
    params.push(...tags)
    if (q.confidence.includes('none')) parts.push('c.confidence IS NULL')
    where.push(`(${parts.join(' OR ')})`)
  }
  if (q.speaker !== undefined) {
    where.push('c.speaker_key = ?')
    params.push(foldText(q.speaker))
  }
  const order = (q.sort ?? []).map((s) => `${COLUMNS[s.column]} ${s.desc ? 'DESC' : 'ASC'} NULLS LAST`)
  order.push('a.published DESC NULLS LAST', 'c.article_id', 'c.start', 'c.id')
  return {
    sql: `SELECT ${columns} ${CLAIMS_FROM}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order.join(', ')}`,
    params
  }
}

/** Folds what is not folded yet when the query filters by text or speaker (call on the app's own connection, before querying). */
export function foldForQuery(sqlite: BetterSqlite3.Database, q: Pick<ClaimQuery, 'text' | 'speaker'>): void {
  if (q.text || q.speaker !== undefined) refreshClaimFolds(sqlite)
}

/** One claim as a ClaimRow (the claim query's own columns), or undefined. */
export function claimRowOf(sqlite: BetterSqlite3.Database, id: number): ClaimRow | undefined {
  return sqlite.prepare(`SELECT ${CLAIM_ROW_SELECT} ${CLAIMS_FROM} WHERE c.id = ?`).get(id) as ClaimRow | undefined
}

export function prepareClaimQuery(database: SqliteHandle, q: ClaimQuery): { statement: BetterSqlite3.Statement; params: unknown[] } {
  foldForQuery(database.sqlite, q)
  const { sql, params } = claimQuerySql(q)
  return { statement: database.sqlite.prepare(sql), params }
}

export function listClaims(database: SqliteHandle, q: ClaimQuery): ClaimRow[] {
  const { statement, params } = prepareClaimQuery(database, q)
  return statement.all(...params) as ClaimRow[]
}

/** The grid's fields (contract/claim-fields.ts), then the article's title. */
const GRID_COLUMNS = [...gridFieldNames.map((f) => `c."${CLAIM_FIELDS[f].column}"`), 'a.title'].join(', ')

/**
 * What identifies the database's content: SQLite's data_version moves when another
 * connection commits, total_changes() with every row this connection writes.
 */
function contentStamp({ sqlite }: SqliteHandle): string {
  return `${String(sqlite.pragma('data_version', { simple: true }))}:${String(sqlite.prepare('SELECT total_changes()').pluck().get())}`
}

/** The last claims.columns answer of a database, while nothing was written (re-opening "All claims" reads 100k rows again otherwise). */
interface LastColumns {
  last?: { query: string; stamp: string; value: ClaimColumns }
}

/** The same rows as listClaims, column by column without prefix and suffix (contract: claims.columns). */
export function listClaimColumns(database: SqliteHandle, q: ClaimQuery): ClaimColumns {
  foldForQuery(database.sqlite, q)
  const query = JSON.stringify(q)
  const stamp = contentStamp(database)
  const cache = database.state.slot<LastColumns>('claim-columns', () => ({}))
  const last = cache.last
  if (last && last.query === query && last.stamp === stamp) return last.value
  const value = readClaimColumns(database, q)
  cache.last = { query, stamp, value }
  return value
}

function readClaimColumns(database: SqliteHandle, q: ClaimQuery): ClaimColumns {
  const { sql, params } = claimQuerySql(q, GRID_COLUMNS)
  const columns = gridFieldNames.map(() => [] as unknown[])
  const articleTitles: Record<number, string> = {}
  const n = gridFieldNames.length
  const articleAt = gridFieldNames.indexOf('articleId')
  for (const r of database.sqlite
    .prepare(sql)
    .raw(true)
    .iterate(...params) as IterableIterator<unknown[]>) {
    for (let i = 0; i < n; i++) columns[i]!.push(r[i])
    articleTitles[r[articleAt] as number] ??= r[n] as string
  }
  return { articleTitles, ...Object.fromEntries(gridFieldNames.map((f, i) => [f, columns[i]])) } as ClaimColumns
}
