import type BetterSqlite3 from 'better-sqlite3'
import { claimSearchText, foldText } from '../../../contract/text-fold.ts'

/**
 * Folds the claims not folded yet (search_text NULL: new, changed, or written by another tool) into
 * search_text and speaker_key, in one transaction. Nearly free when there are none (a partial index).
 * Returns how many it folded.
 */
export function refreshClaimFolds(sqlite: BetterSqlite3.Database): number {
  type Unfolded = [id: number, quote: string, note: string, speaker: string]
  const unfolded = sqlite
    .prepare('SELECT id, quote, note, attributed_to FROM claims WHERE search_text IS NULL')
    .raw(true)
    .all() as Unfolded[]
  if (unfolded.length === 0) return 0
  const write = sqlite.prepare('UPDATE claims SET search_text = ?, speaker_key = ? WHERE id = ?')
  sqlite.transaction(() => {
    for (const [id, quote, note, speaker] of unfolded) write.run(claimSearchText(quote, note, speaker), foldText(speaker), id)
  })()
  return unfolded.length
}
