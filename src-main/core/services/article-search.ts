import type { SearchHit, SearchMarks } from '../../contract/library.ts'
import type { Database } from '../db/open.ts'
import { cachedStatement } from '../db/statements.ts'
import { ftsQuery } from './fts-query.ts'

// Markers FTS5 puts around matches. Imported text has its control characters
// removed, so they cannot occur in a body; they never reach the UI as text.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** Title matches count ten times as much as body matches. */
const BM25 = 'bm25(10.0, 1.0)'

/** The best hits by rank, without snippets (they cost a pass over each hit's text). */
const RANK_SQL = `
  WITH hits AS (
    SELECT rowid AS id, rank FROM articles_fts
    WHERE articles_fts MATCH ? AND rank MATCH '${BM25}'
    ORDER BY rank
    LIMIT ?
  )
  SELECT h.id, h.rank, a.title, a.source, a.published
  FROM hits h JOIN articles a ON a.id = h.id
  ORDER BY h.rank, h.id`

/**
 * One hit's marked title and snippet (FTS5 finds the row by rowid within the match). The CAST matters:
 * a JS number is bound as a REAL, and FTS5 (SQLite 3.53) then ignores the rowid constraint and
 * returns every match.
 */
const MARK_SQL = `
  SELECT highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') AS markedTitle,
         snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS markedSnippet
  FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`

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
  title: string
  source: string | null
  published: string | null
}

/** The snippet and marks of one article for a search (an FTS match expression), or null when it does not match. */
function marksFor(sqlite: Database['sqlite'], match: string, id: number, title: string): Omit<SearchMarks, 'id'> | null {
  const row = cachedStatement(sqlite, MARK_SQL).get(match, id) as { markedTitle: string; markedSnippet: string } | undefined
  if (!row) return null
  const snippet = unmark(row.markedSnippet)
  const marked = unmark(row.markedTitle)
  return { snippet: snippet.text, highlights: snippet.ranges, titleHighlights: marked.text === title ? marked.ranges : [] }
}

/**
 * Full-text search over titles and bodies, best first; the best `snippets` hits (default: all) come
 * with highlighted snippets. Any input is safe; a query with nothing to search for finds nothing.
 */
export function searchArticles({ sqlite }: Database, query: string, limit = 100, snippets = limit): SearchHit[] {
  const match = ftsQuery(query)
  if (!match) return []
  const rows = cachedStatement(sqlite, RANK_SQL).all(match, limit) as Row[]
  return rows.map((r, i) => {
    const marks = i < snippets ? marksFor(sqlite, match, r.id, r.title) : null
    return { id: r.id, title: r.title, source: r.source, published: r.published, rank: -r.rank, ...(marks ?? { snippet: null, highlights: [], titleHighlights: [] }) }
  })
}

/** Snippets and marks for some hits of a search (in the order of `ids`; ids it does not match are left out). */
export function searchSnippets({ sqlite }: Database, query: string, ids: number[]): SearchMarks[] {
  const match = ftsQuery(query)
  if (!match) return []
  const title = cachedStatement(sqlite, 'SELECT title FROM articles WHERE id = ?').pluck()
  return ids.flatMap((id) => {
    const t = title.get(id) as string | undefined
    const marks = t === undefined ? null : marksFor(sqlite, match, id, t)
    return marks ? [{ id, ...marks }] : []
  })
}
