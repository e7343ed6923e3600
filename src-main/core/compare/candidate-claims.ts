import type { Database } from '../db/open.ts'
import { effectiveLexicon } from '../services/cue-lexicon.ts'
import type { Lexicon } from '../suggest/lexicon.ts'
import { assertedCues } from '../suggest/suggest.ts'
import { tokenize } from '../suggest/tokens.ts'

/**
 * The comparison's door to the analyst's cue lexicon as stored in the database, and where a stored claim's
 * confidence cue is. (The suggestions for an article with no claims come from src-main/core/suggest through
 * claim-units.ts, on the lexicon read here.)
 */

/** The analyst's cue lexicon (built-in phrases switched on, and their own). */
export const cueLexicon = (database: Database): Promise<Lexicon> => effectiveLexicon(database)

/** The confidence cue inside body[start, end) ("We assess", "cannot yet say"), as body offsets, or null. */
export function cueIn(lexicon: Lexicon, body: string, start: number, end: number): { start: number; end: number } | null {
  const toks = tokenize(body, start, end)
  const cue = assertedCues(lexicon, toks)[0]
  return cue ? { start: toks[cue.start]!.start, end: toks[cue.end - 1]!.end } : null
}
