import type { Database } from '../db/open.ts'
import { effectiveLexicon } from '../services/cue-lexicon.ts'
import type { Lexicon } from '../suggest/lexicon.ts'
import { assertedCues, suggestClaims, type Suggestion } from '../suggest/suggest.ts'
import { tokenize } from '../suggest/tokens.ts'

/**
 * The comparison's one door to the claim suggester (src-main/core/suggest): the
 * claims it proposes for an article body, tagged ones and untagged factual ones
 * (figures, dates, named actors), and where a stored claim's confidence cue is.
 * Both read the analyst's cue lexicon as stored in the database.
 */
export function suggestedClaims(database: Database, body: string): Suggestion[] {
  return suggestClaims(body, effectiveLexicon(database))
}

export function candidateClaims(database: Database, articleId: number): Suggestion[] {
  const body = database.sqlite.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined
  return body === undefined ? [] : suggestedClaims(database, body)
}

/** The analyst's cue lexicon (built-in phrases switched on, and their own). */
export const cueLexicon = (database: Database): Lexicon => effectiveLexicon(database)

/** The confidence cue inside body[start, end) ("We assess", "cannot yet say"), as body offsets, or null. */
export function cueIn(lexicon: Lexicon, body: string, start: number, end: number): { start: number; end: number } | null {
  const toks = tokenize(body, start, end)
  const cue = assertedCues(lexicon, toks)[0]
  return cue ? { start: toks[cue.start]!.start, end: toks[cue.end - 1]!.end } : null
}
