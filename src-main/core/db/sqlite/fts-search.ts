import type { SearchHit, SearchMarks } from '../../../contract/library.ts'
import type { SqliteHandle } from './handle.ts'
import { cachedStatement } from '../statements.ts'
import { ftsQuery } from './fts-query.ts'

// Markers FTS5 puts around matches. Imported text has its control characters
// removed, so they cannot occur in a body; they never reach the UI as text.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** Title matches count ten times as much as body matches. */
const BM25 = 'bm25(10.0, 1.0)'

/** Between a hit's marked title and its marked snippet in one column (control characters never reach stored text). */
const SEP = '\u0001'

/**
 * The best hits by rank; the first `?` of them with their marked title and snippet. Those are computed
 * in the same pass (FTS5 returns the rows in rank order and SQLite evaluates the column as each comes
 * out, so counting rows picks the best ones): ~0.03 ms a hit, against ~0.3 ms for looking one up
 * again by rowid when the query ends in a prefix (FTS5 expands the prefix anew for each lookup).
 */
const RANK_SQL = `
  WITH hits AS (
    SELECT rowid AS id, rank,
           CASE WHEN workbench_hit_number() <= ?
                THEN highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') || '${SEP}' || snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24)
           END AS marked
    FROM articles_fts
    WHERE articles_fts MATCH ? AND rank MATCH '${BM25}' AND rowid >= CAST(? AS INTEGER)
    ORDER BY rank
    LIMIT ?
  )
  SELECT h.id, h.rank, h.marked, a.title, a.source, a.published
  FROM hits h JOIN articles a ON a.id = h.id
  ORDER BY h.rank, h.id`

/**
 * Ranking scores every match (bm25 reads each one's sizes and positions, ~1 µs a match): a word in every report of
 * 100k took 170 ms. A search matching more reports than this ranks the newest this many of them (FTS5 bounds the
 * scan by rowid); at up to this many matches, as at 10k reports, every match is ranked.
 */
export const RANKED_MATCHES = 10_000

/** The rowid of the `OFFSET + 1`-th newest match (a walk down the match list in rowid order, nothing scored). */
const NEWEST_SQL = 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?'

/** Counts the rows of one search as SQLite produces them (registered once per connection; reset before each search). */
function hitCounter({ sqlite, state }: SqliteHandle): { n: number } {
  return state.slot('search-hit-counter', () => {
    const c = { n: 0 }
    sqlite.function('workbench_hit_number', { deterministic: false, directOnly: true }, () => ++c.n)
    return c
  })
}

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
  /** marked title, SEP, marked snippet; null past the hits that get snippets */
  marked: string | null
  title: string
  source: string | null
  published: string | null
}

/** Plain snippet and highlight ranges from FTS5's marked title and snippet. */
function toMarks(markedTitle: string, markedSnippet: string, title: string): Omit<SearchMarks, 'id'> {
  const snippet = unmark(markedSnippet)
  const marked = unmark(markedTitle)
  return { snippet: snippet.text, highlights: snippet.ranges, titleHighlights: marked.text === title ? marked.ranges : [] }
}

/** The snippet and marks of one article for a search (an FTS match expression), or null when it does not match. */
function marksFor(database: SqliteHandle, match: string, id: number, title: string): Omit<SearchMarks, 'id'> | null {
  const row = cachedStatement(database, MARK_SQL).get(match, id) as { markedTitle: string; markedSnippet: string } | undefined
  return row ? toMarks(row.markedTitle, row.markedSnippet, title) : null
}

/**
 * Full-text search over titles and bodies, best first (of the newest `ranked` matches); the best `snippets` hits
 * (default: all) come with highlighted snippets. Any input is safe; a query with nothing to search for finds nothing.
 */
export function searchArticles(database: SqliteHandle, query: string, limit = 100, snippets = limit, ranked = RANKED_MATCHES): SearchHit[] {
  const match = ftsQuery(query)
  if (!match) return []
  const floor =
    (cachedStatement(database, NEWEST_SQL)
      .pluck()
      .get(match, ranked - 1) as number | undefined) ?? Number.MIN_SAFE_INTEGER
  const counter = hitCounter(database)
  counter.n = 0
  const rows = cachedStatement(database, RANK_SQL).all(snippets, match, floor, limit) as Row[]
  return rows.map((r) => {
    const at = r.marked?.indexOf(SEP) ?? -1
    const marks =
      r.marked !== null && at >= 0
        ? toMarks(r.marked.slice(0, at), r.marked.slice(at + 1), r.title)
        : { snippet: null, highlights: [], titleHighlights: [] }
    return { id: r.id, title: r.title, source: r.source, published: r.published, rank: -r.rank, ...marks }
  })
}

/** Snippets and marks for some hits of a search (in the order of `ids`; ids it does not match are left out). */
export function searchSnippets(database: SqliteHandle, query: string, ids: number[]): SearchMarks[] {
  const match = ftsQuery(query)
  if (!match) return []
  const title = cachedStatement(database, 'SELECT title FROM articles WHERE id = ?').pluck()
  return ids.flatMap((id) => {
    const t = title.get(id) as string | undefined
    const marks = t === undefined ? null : marksFor(database, match, id, t)
    return marks ? [{ id, ...marks }] : []
  })
}
