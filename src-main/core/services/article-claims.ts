import type { Database } from '../db/open.ts'
import { allRows } from '../db/sqlite/run-sync.ts'
import { suggestClaims, type Suggestion } from '../suggest/suggest.ts'
import { effectiveLexicon } from './cue-lexicon.ts'

interface Span {
  start: number
  end: number
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/**
 * The one rule for "the claims of an article": its stored claims, plus the suggester's claims that no
 * stored claim overlaps and the analyst has not rejected. The reader's suggestions (suggest.article),
 * Compare and anything else that shows suggested claims take them from here.
 */
export function openSuggestions(database: Database, articleId: number, body: string): Suggestion[] {
  const { db, sqlite } = database
  const spans = allRows(sqlite, db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId))
  const rejectedHere = db.selectFrom('rejected_suggestions').select(['start', 'end', 'quote']).where('article_id', '=', articleId)
  const rejected = allRows(sqlite, rejectedHere)
  const refused = new Set(rejected.map((r) => `${r.start}:${r.end}:${r.quote}`))
  return suggestClaims(body, effectiveLexicon(database)).filter(
    (s) => !spans.some((c) => overlaps(s, c)) && !refused.has(`${s.start}:${s.end}:${s.quote}`)
  )
}
