import type { Article, ArticleSummary } from '../../contract/articles.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
import { sql, type ExpressionBuilder } from 'kysely'
import type { Confidence } from '../../contract/common.ts'
import type { DB } from '../db/schema.ts'
import { allRows, firstRow, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import { cachedStatement } from '../db/statements.ts'
import { contentHash } from './canonical-text.ts'

export interface NewArticle {
  title: string
  body: string // already canonical
  source?: string | null
  url?: string | null
  published?: string | null
  format: Article['format']
  fileName?: string | null
  warnings?: string[]
}

export type InsertResult = { status: 'imported'; id: number } | { status: 'duplicate'; id: number }

/** Each article with its claim count and the count per confidence tag (for one article: `one`, else all, in list order). */
function summaries(one?: number) {
  // the tag as a literal, not a parameter: the list's SQL runs as it is (LIST_SQL, EXPLAIN in migrate-0005.test.ts)
  const tagged = (eb: ExpressionBuilder<DB, 'claims'>, tag: Confidence) =>
    eb.fn.countAll<number>().filterWhere('confidence', '=', sql.lit(tag))
  const counts = q
    .selectFrom('claims')
    .select((eb) => [
      'article_id',
      eb.fn.countAll<number>().as('claims'),
      tagged(eb, 'evidence').as('evidence'),
      tagged(eb, 'assess').as('assess'),
      tagged(eb, 'do not yet know').as('unknown'),
      eb.fn.countAll<number>().filterWhere('confidence', 'is', null).as('untagged')
    ])
    .groupBy('article_id')
  const list = q
    .with('counts', () => (one === undefined ? counts : counts.where('article_id', '=', one)))
    .selectFrom('articles as a')
    .leftJoin('counts as k', 'k.article_id', 'a.id')
    .select((eb) => {
      const zero = (column: 'k.claims' | 'k.evidence' | 'k.assess' | 'k.unknown' | 'k.untagged') => eb.fn.coalesce(column, eb.lit(0))
      return [
        'a.id',
        'a.title',
        'a.source',
        'a.published',
        'a.url',
        'a.format',
        'a.imported_at as importedAt',
        zero('k.claims').as('claims'),
        zero('k.evidence').as('evidence'),
        zero('k.assess').as('assess'),
        zero('k.unknown').as('unknown'),
        zero('k.untagged').as('untagged')
      ]
    })
  return one === undefined ? list.orderBy('a.published', 'desc').orderBy('a.id') : list.where('a.id', '=', one)
}

// The list reads articles in order from the articles_for_list index and counts from claims_by_article_tag
// (migration 0005): no article body is read.
export const LIST_SQL = summaries().compile().sql

interface SummaryRow extends Omit<ArticleSummary, 'tagCounts'> {
  evidence: number
  assess: number
  unknown: number
  untagged: number
}

const toSummary = ({ evidence, assess, unknown, untagged, ...r }: SummaryRow): ArticleSummary => ({
  ...r,
  tagCounts: { evidence, assess, 'do not yet know': unknown, untagged }
})

export async function listArticles({ sqlite }: Database): Promise<ArticleSummary[]> {
  const rows = allRows(sqlite, summaries()) as SummaryRow[]
  return rows.map(toSummary)
}

export function getArticleSummary({ sqlite }: Database, id: number): ArticleSummary {
  const row = firstRow(sqlite, summaries(id)) as SummaryRow | undefined
  if (!row) throw new WorkbenchError('not_found', `There is no article ${id}.`)
  return toSummary(row)
}

export async function getArticle(database: Database, id: number): Promise<Article> {
  const summary = getArticleSummary(database, id)
  const { body, warnings } = firstRow(database.sqlite, q.selectFrom('articles').select(['body', 'warnings']).where('id', '=', id))!
  return { ...summary, body, warnings: JSON.parse(warnings) as string[] }
}

/** Stores one article unless an article with the same canonical text exists. Synchronous, so it can run inside a batch transaction. */
export function insertArticle(database: Database, a: NewArticle): InsertResult {
  const hash = contentHash(a.body)
  const existing = cachedStatement(database, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined
  if (existing !== undefined) return { status: 'duplicate', id: existing }
  const info = cachedStatement(
    database,
    `INSERT INTO articles (title, body, content_hash, source, url, published, format, file_name, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    a.title,
    a.body,
    hash,
    a.source ?? null,
    a.url ?? null,
    a.published ?? null,
    a.format,
    a.fileName ?? null,
    JSON.stringify(a.warnings ?? [])
  )
  return { status: 'imported', id: Number(info.lastInsertRowid) }
}
