import type { Article, ArticleSummary } from '../../contract/articles.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
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

/** Each article with its claim count and the count per confidence tag (for one article: `?` its id, else all). */
const summarySql = (one: boolean): string => `
  WITH counts AS (
    SELECT article_id, count(*) AS claims,
           count(*) FILTER (WHERE confidence = 'evidence') AS evidence,
           count(*) FILTER (WHERE confidence = 'assess') AS assess,
           count(*) FILTER (WHERE confidence = 'do not yet know') AS unknown,
           count(*) FILTER (WHERE confidence IS NULL) AS untagged
    FROM claims ${one ? 'WHERE article_id = ?' : ''} GROUP BY article_id)
  SELECT a.id, a.title, a.source, a.published, a.url, a.format, a.imported_at AS importedAt,
         coalesce(k.claims, 0) AS claims, coalesce(k.evidence, 0) AS evidence, coalesce(k.assess, 0) AS assess,
         coalesce(k.unknown, 0) AS unknown, coalesce(k.untagged, 0) AS untagged
  FROM articles a LEFT JOIN counts k ON k.article_id = a.id
  ${one ? 'WHERE a.id = ?' : 'ORDER BY a.published DESC, a.id ASC'}`

// The list reads articles in order from the articles_for_list index and counts from claims_by_article_tag
// (migration 0005): no article body is read.
export const LIST_SQL = summarySql(false)
const ONE_SQL = summarySql(true)

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
  const rows = sqlite.prepare(LIST_SQL).all() as SummaryRow[]
  return rows.map(toSummary)
}

export function getArticleSummary({ sqlite }: Database, id: number): ArticleSummary {
  const row = sqlite.prepare(ONE_SQL).get(id, id) as SummaryRow | undefined
  if (!row) throw new WorkbenchError('not_found', `There is no article ${id}.`)
  return toSummary(row)
}

export async function getArticle(database: Database, id: number): Promise<Article> {
  const summary = getArticleSummary(database, id)
  const { body, warnings } = database.sqlite.prepare('SELECT body, warnings FROM articles WHERE id = ?').get(id) as { body: string; warnings: string }
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
  ).run(a.title, a.body, hash, a.source ?? null, a.url ?? null, a.published ?? null, a.format, a.fileName ?? null, JSON.stringify(a.warnings ?? []))
  return { status: 'imported', id: Number(info.lastInsertRowid) }
}
