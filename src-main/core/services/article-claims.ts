import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'
import { rejectedKey, type TakenSpans } from '../suggest/open-suggestions.ts'

/**
 * The one rule for "the claims of an article": its stored claims plus the suggester's that no stored claim overlaps
 * and the analyst has not rejected. This is its database half (what the stored claims and rejected suggestions take
 * away); keepOpen (suggest/open-suggestions.ts) is the pure half, run on a worker thread in the app.
 */
export async function takenSpans(db: Kysely<DB>, articleId: number): Promise<TakenSpans> {
  const claims = await db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId).execute()
  const rejected = await db
    .selectFrom('rejected_suggestions')
    .select(['start', 'end', 'quote'])
    .where('article_id', '=', articleId)
    .execute()
  return { claims, rejected: rejected.map(rejectedKey) }
}
