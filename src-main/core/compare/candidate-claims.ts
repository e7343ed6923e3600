import type { Database } from '../db/open.ts'
import { buildLexicon, loadShippedLexicon, type Lexicon } from '../suggest/lexicon.ts'
import { assertedCues, suggestClaims, type Suggestion } from '../suggest/suggest.ts'
import { tokenize } from '../suggest/tokens.ts'

/**
 * The comparison's one door to the claim suggester (src-main/core/suggest): the
 * claims it proposes for an article, tagged ones and untagged factual ones
 * (figures, dates, named actors), and where a stored claim's confidence cue is.
 */
let lexicon: Lexicon | undefined
const cueLexicon = (): Lexicon => (lexicon ??= buildLexicon(loadShippedLexicon()))

export function suggestedClaims(body: string): Suggestion[] {
  return suggestClaims(body, cueLexicon())
}

export function candidateClaims(database: Database, articleId: number): Suggestion[] {
  const body = database.sqlite.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined
  return body === undefined ? [] : suggestedClaims(body)
}

/** The confidence cue inside body[start, end) ("We assess", "cannot yet say"), as body offsets, or null. */
export function cueIn(body: string, start: number, end: number): { start: number; end: number } | null {
  const toks = tokenize(body, start, end)
  const cue = assertedCues(cueLexicon(), toks)[0]
  return cue ? { start: toks[cue.start]!.start, end: toks[cue.end - 1]!.end } : null
}
