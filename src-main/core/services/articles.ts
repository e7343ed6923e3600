import type { Article, ArticleSummary } from '../../contract/articles.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import type { Confidence } from '../../contract/common.ts'
import type { DB } from '../db/schema.ts'
import type { ArticleInsert } from '../db/ports.ts'
import type { Store } from '../db/store.ts'
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
function summaries(db: Kysely<DB>, one?: number) {
  // the tag as a literal, not a parameter: the list's SQL runs as it is (LIST_SQL, EXPLAIN in migrate-0005.test.ts)
  const tagged = (eb: ExpressionBuilder<DB, 'claims'>, tag: Confidence) =>
    eb.fn.countAll<number>().filterWhere('confidence', '=', sql.lit(tag))
  const counts = db
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
  const list = db
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
// (migration 0005): no article body is read. (Checked by EXPLAIN in migrate-0005.test.ts.)
export const listSql = (db: Kysely<DB>): string => summaries(db).compile().sql

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

export async function listArticles(db: Kysely<DB>): Promise<ArticleSummary[]> {
  const rows = (await summaries(db).execute()) as SummaryRow[]
  return rows.map(toSummary)
}

export async function getArticleSummary(db: Kysely<DB>, id: number): Promise<ArticleSummary> {
  const row = (await summaries(db, id).executeTakeFirst()) as SummaryRow | undefined
  if (!row) throw new WorkbenchError('not_found', `There is no article ${id}.`)
  return toSummary(row)
}

export async function getArticle(db: Kysely<DB>, id: number): Promise<Article> {
  const summary = await getArticleSummary(db, id)
  const { body, warnings } = await db.selectFrom('articles').select(['body', 'warnings']).where('id', '=', id).executeTakeFirstOrThrow()
  return { ...summary, body, warnings: JSON.parse(warnings) as string[] }
}

/**
 * Stores one article unless an article with the same canonical text exists. The import's hot path: through the
 * ArticleStore port (SQLite: statements prepared once), inside the batch's transaction.
 */
export async function insertArticle({ db, ports }: Store, a: NewArticle): Promise<InsertResult> {
  const row = articleRow(a)
  const existing = await ports.articles.idByHash(db, row.content_hash)
  if (existing !== undefined) return { status: 'duplicate', id: existing }
  return { status: 'imported', id: await ports.articles.insert(db, row) }
}

/** The articles row of a new article (its content hash over the canonical text). */
export const articleRow = (a: NewArticle): ArticleInsert => ({
  title: a.title,
  body: a.body,
  content_hash: contentHash(a.body),
  source: a.source ?? null,
  url: a.url ?? null,
  published: a.published ?? null,
  format: a.format,
  file_name: a.fileName ?? null,
  warnings: JSON.stringify(a.warnings ?? [])
})
