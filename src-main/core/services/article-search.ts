import type { SearchHit } from '../../contract/library.ts'
import type { Database } from '../db/open.ts'
import { ftsQuery } from './fts-query.ts'

// Markers FTS5 puts around matches. Imported text has its control characters
// removed, so they cannot occur in a body; they never reach the UI as text.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** Title matches count ten times as much as body matches. */
const BM25 = 'bm25(10.0, 1.0)'

const SEARCH_SQL = `
  WITH hits AS (
    SELECT rowid AS id, rank,
           highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') AS marked_title,
           snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS marked_snippet
    FROM articles_fts
    WHERE articles_fts MATCH ? AND rank MATCH '${BM25}'
    ORDER BY rank
    LIMIT ?
  )
  SELECT h.id, h.rank, h.marked_title AS markedTitle, h.marked_snippet AS markedSnippet, a.title, a.source, a.published
  FROM hits h JOIN articles a ON a.id = h.id
  ORDER BY h.rank, h.id`

/** Splits marked text into plain text (line and page breaks shown as spaces) and the ranges that were marked. */
export function unmark(marked: string): { text: string; ranges: [number, number][] } {
  let text = ''
  const ranges: [number, number][] = []
  let open: number | null = null
  for (const ch of marked) {
    if (ch === OPEN) open = text.length
    else if (ch === CLOSE) {
      if (open !== null && text.length > open) ranges.push([open, text.length])
      open = null
    } else text += ch === '\n' || ch === '\f' ? ' ' : ch
  }
  return { text, ranges }
}

interface Row {
  id: number
  rank: number
  markedTitle: string
  markedSnippet: string
  title: string
  source: string | null
  published: string | null
}

/** Full-text search over titles and bodies, best first, with highlighted snippets. Any input is safe; a query with nothing to search for finds nothing. */
export function searchArticles({ sqlite }: Database, query: string, limit = 100): SearchHit[] {
  const match = ftsQuery(query)
  if (!match) return []
  const rows = sqlite.prepare(SEARCH_SQL).all(match, limit) as Row[]
  return rows.map((r) => {
    const snippet = unmark(r.markedSnippet)
    const title = unmark(r.markedTitle)
    return {
      id: r.id,
      title: r.title,
      source: r.source,
      published: r.published,
      rank: -r.rank,
      snippet: snippet.text,
      highlights: snippet.ranges,
      titleHighlights: title.text === r.title ? title.ranges : []
    }
  })
}
