import type { Database } from '../db/open.ts'
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
  const { db } = database
  const stored = db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId)
  const rejected = db.selectFrom('rejected_suggestions').select(['start', 'end', 'quote']).where('article_id', '=', articleId)
  const spans = database.sqlite.prepare(stored.compile().sql).all(...stored.compile().parameters) as Span[]
  const refused = new Set(
    (database.sqlite.prepare(rejected.compile().sql).all(...rejected.compile().parameters) as (Span & { quote: string })[]).map((r) => `${r.start}:${r.end}:${r.quote}`)
  )
  return suggestClaims(body, effectiveLexicon(database)).filter((s) => !spans.some((c) => overlaps(s, c)) && !refused.has(`${s.start}:${s.end}:${s.quote}`))
}
