import { z } from 'zod'
import { call } from './call.ts'
import { emptyInput, id } from './common.ts'

/** One claims view's filters (the filter bar's state). */
export const claimFilterPlace = z
  .object({
    text: z.string().max(500),
    confidence: z.array(z.enum(['evidence', 'assess', 'do not yet know', 'none'])).max(4),
    speaker: z.string().max(500),
    groupBy: z.enum(['none', 'confidence', 'attributedTo', 'codes'])
  })
  .strict()

/**
 * Where the analyst was: the view, the open article, each claims view's filters, the Compare pair. Kept in the
 * database (not the page's storage), so the desktop app and browser mode on any port come back to the same place.
 */
export const place = z
  .object({
    view: z.enum(['read', 'claims', 'compare', 'team']),
    articleId: id.nullable(),
    filters: z.object({ read: claimFilterPlace, claims: claimFilterPlace }).partial().strict(),
    compare: z.object({ left: id, right: id }).strict().nullable()
  })
  .partial()
  .strict()
export type Place = z.infer<typeof place>

/** The place last saved, or null (none yet, or one this version cannot read). */
export const getPlace = call('place.get', emptyInput, place.nullable())
/** Replaces the saved place. */
export const setPlace = call('place.set', place, z.object({}).strict())
