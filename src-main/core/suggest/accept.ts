import { WorkbenchError } from '../../contract/errors.ts'
import { writeTransaction, type Store } from '../db/store.ts'
import { createClaims } from '../services/claims.ts'

export interface AcceptedSuggestion {
  start: number
  end: number
  quote?: string
  confidence: 'evidence' | 'assess' | 'do not yet know' | null
  attributedTo: string
  cue: { text: string } | null
}

/**
 * Stores suggestions as claims of an article: all or none, one step of the
 * history (one undo takes them back). Each must lie inside the body (and quote
 * it, when a quote is given); one overlapping a claim already stored is skipped
 * (it was accepted before). Returns the new claim ids.
 */
export function acceptSuggestions(
  store: Store,
  articleId: number,
  suggestions: AcceptedSuggestion[]
): Promise<{ inserted: number[]; skipped: number }> {
  return writeTransaction(store, async (tx) => {
    const body = (await tx.db.selectFrom('articles').select('body').where('id', '=', articleId).executeTakeFirst())?.body
    if (body === undefined) throw new WorkbenchError('not_found', `There is no article ${articleId}.`)
    const stored = await tx.db.selectFrom('claims').select(['start', 'end']).where('article_id', '=', articleId).execute()
    const fresh = suggestions.filter((s) => {
      if (s.end <= s.start || s.end > body.length || (s.quote !== undefined && body.slice(s.start, s.end) !== s.quote)) {
        throw new WorkbenchError(
          'rejected',
          `The suggestion at ${s.start}–${s.end} does not quote article ${articleId} there; nothing was stored.`
        )
      }
      return !stored.some((c) => s.start < c.end && c.start < s.end)
    })
    const inserted = await createClaims(
      tx,
      fresh.map((s) => ({
        articleId,
        start: s.start,
        end: s.end,
        confidence: s.confidence,
        attributedTo: s.attributedTo,
        cue: s.cue?.text ?? null
      }))
    )
    return { inserted, skipped: suggestions.length - fresh.length }
  })
}
