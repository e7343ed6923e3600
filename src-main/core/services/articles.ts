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

/** Each article with its claim count and the count per confidence tag. */
const SUMMARY_SQL = `
  SELECT a.id, a.title, a.source, a.published, a.url, a.format, a.imported_at AS importedAt,
         count(c.id) AS claims,
         count(c.id) FILTER (WHERE c.confidence = 'evidence') AS evidence,
         count(c.id) FILTER (WHERE c.confidence = 'assess') AS assess,
         count(c.id) FILTER (WHERE c.confidence = 'do not yet know') AS unknown,
         count(c.id) FILTER (WHERE c.id IS NOT NULL AND c.confidence IS NULL) AS untagged
  FROM articles a LEFT JOIN claims c ON c.article_id = a.id`

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
  const rows = sqlite.prepare(`${SUMMARY_SQL} GROUP BY a.id ORDER BY a.published DESC, a.id ASC`).all() as SummaryRow[]
  return rows.map(toSummary)
}

export function getArticleSummary({ sqlite }: Database, id: number): ArticleSummary {
  const row = sqlite.prepare(`${SUMMARY_SQL} WHERE a.id = ? GROUP BY a.id`).get(id) as SummaryRow | undefined
  if (!row) throw new WorkbenchError('not_found', `There is no article ${id}.`)
  return toSummary(row)
}

export async function getArticle(database: Database, id: number): Promise<Article> {
  const summary = getArticleSummary(database, id)
  const { body, warnings } = database.sqlite.prepare('SELECT body, warnings FROM articles WHERE id = ?').get(id) as { body: string; warnings: string }
  return { ...summary, body, warnings: JSON.parse(warnings) as string[] }
}

/** Stores one article unless an article with the same canonical text exists. Synchronous, so it can run inside a batch transaction. */
export function insertArticle({ sqlite }: Database, a: NewArticle): InsertResult {
  const hash = contentHash(a.body)
  const existing = cachedStatement(sqlite, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined
  if (existing !== undefined) return { status: 'duplicate', id: existing }
  const info = cachedStatement(
    sqlite,
    `INSERT INTO articles (title, body, content_hash, source, url, published, format, file_name, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(a.title, a.body, hash, a.source ?? null, a.url ?? null, a.published ?? null, a.format, a.fileName ?? null, JSON.stringify(a.warnings ?? []))
  return { status: 'imported', id: Number(info.lastInsertRowid) }
}
