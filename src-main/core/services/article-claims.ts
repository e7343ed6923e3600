import type { Database } from '../db/open.ts'
import { allRows } from '../db/sqlite/run-sync.ts'
import { rejectedKey, type TakenSpans } from '../suggest/open-suggestions.ts'

/**
 * The one rule for "the claims of an article": its stored claims plus the suggester's that no stored claim overlaps
 * and the analyst has not rejected. This is its database half (what the stored claims and rejected suggestions take
 * away); keepOpen (suggest/open-suggestions.ts) is the pure half, run on a worker thread in the app.
 */
export function takenSpans(database: Database, articleId: number): TakenSpans {
  const { db, sqlite } = database
  const claims = allRows(sqlite, db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId))
  const rejected = allRows(
    sqlite,
    db.selectFrom('rejected_suggestions').select(['start', 'end', 'quote']).where('article_id', '=', articleId)
  )
  return { claims, rejected: rejected.map(rejectedKey) }
}
