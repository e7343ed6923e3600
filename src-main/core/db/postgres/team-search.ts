import { sql, type Kysely } from 'kysely'
import type { TeamDB } from './team-schema.ts'

/**
 * Searching the team's articles: PostgreSQL full-text search (the stored
 * `search` tsvector, websearch_to_tsquery for what people type, ts_rank,
 * ts_headline for a snippet). The SQLite side's FTS5 search sits in the
 * desktop's own port; this is the PostgreSQL one.
 */
export async function searchTeamArticles(
  db: Kysely<TeamDB>,
  query: string,
  limit: number
): Promise<{ hash: string; title: string; rank: number; snippet: string }[]> {
  const q = sql`websearch_to_tsquery('english', ${query})`
  const rows = await sql<{ hash: string; title: string; rank: number; snippet: string }>`
    SELECT hash, title, ts_rank(search, ${q})::float8 AS rank,
           ts_headline('english', body, ${q}, 'StartSel=«, StopSel=», MaxFragments=1, MaxWords=30, MinWords=10') AS snippet
    FROM articles WHERE search @@ ${q}
    ORDER BY rank DESC, hash LIMIT ${limit}`.execute(db)
  return rows.rows
}
