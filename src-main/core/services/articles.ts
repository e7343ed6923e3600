import { sql } from 'kysely'
import type { Article, ArticleSummary } from '../../contract/articles.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
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

const claimCount = sql<number>`(SELECT count(*) FROM claims WHERE claims.article_id = articles.id)`

export async function listArticles({ db }: Database): Promise<ArticleSummary[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'source', 'published', 'url', 'format', 'imported_at', claimCount.as('claims')])
    .orderBy('published', 'desc')
    .orderBy('id', 'asc')
    .execute()
  return rows.map(({ imported_at, ...r }) => ({ ...r, format: r.format as Article['format'], importedAt: imported_at }))
}

export async function getArticle({ db }: Database, id: number): Promise<Article> {
  const row = await db
    .selectFrom('articles')
    .select(['id', 'title', 'body', 'source', 'published', 'url', 'format', 'imported_at', 'warnings', claimCount.as('claims')])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new WorkbenchError('not_found', `There is no article ${id}.`)
  const { imported_at, warnings, ...rest } = row
  return { ...rest, format: rest.format as Article['format'], importedAt: imported_at, warnings: JSON.parse(warnings) as string[] }
}

/** Stores one article unless an article with the same canonical text exists. Synchronous, so it can run inside a batch transaction. */
export function insertArticle({ sqlite }: Database, a: NewArticle): InsertResult {
  const hash = contentHash(a.body)
  const existing = sqlite.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined
  if (existing !== undefined) return { status: 'duplicate', id: existing }
  const info = sqlite
    .prepare(
      `INSERT INTO articles (title, body, content_hash, source, url, published, format, file_name, warnings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(a.title, a.body, hash, a.source ?? null, a.url ?? null, a.published ?? null, a.format, a.fileName ?? null, JSON.stringify(a.warnings ?? []))
  return { status: 'imported', id: Number(info.lastInsertRowid) }
}
