import { CompiledQuery } from 'kysely'
import type { ArticleSummary } from '../../contract/articles.ts'
import type { Database } from '../db/open.ts'
import { articleSummariesSql, articleWindowSql } from '../db/sqlite/article-page-sql.ts'

interface SummaryRow extends Omit<ArticleSummary, 'tagCounts'> {
  evidence: number
  assess: number
  unknown: number
  untagged: number
}

async function rows<R>(database: Database, q: { sql: string; params: unknown[] }): Promise<R[]> {
  return (await database.db.executeQuery<R>(CompiledQuery.raw(q.sql, q.params))).rows
}

/** One window of the library list, in its order, with the library's size (contract/article-page.ts). */
export async function articlesPage(
  database: Database,
  input: { offset?: number; after?: [string | null, number]; limit: number }
): Promise<{ rows: ArticleSummary[]; total: number }> {
  const ids = (await rows<{ id: number }>(database, articleWindowSql(input, input.limit))).map((r) => r.id)
  const byId = new Map<number, ArticleSummary>()
  if (ids.length > 0)
    for (const { evidence, assess, unknown, untagged, ...r } of await rows<SummaryRow>(database, articleSummariesSql(ids)))
      byId.set(r.id, { ...r, tagCounts: { evidence, assess, 'do not yet know': unknown, untagged } })
  const [counted] = await rows<{ total: number }>(database, { sql: 'SELECT count(*) AS total FROM articles', params: [] })
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: counted?.total ?? 0 }
}
