import type { ClaimRow } from '../../../src-main/contract/index.ts'
import type { ClaimFilterState } from './ClaimFilters.tsx'

const haystacks = new WeakMap<ClaimRow, string>()
/** Lower-cased quote, note and speaker, computed once per row object. */
function haystack(c: ClaimRow): string {
  let h = haystacks.get(c)
  if (h === undefined) {
    h = `${c.quote}\u0000${c.note}\u0000${c.attributedTo}`.toLowerCase()
    haystacks.set(c, h)
  }
  return h
}

/**
 * The claims a filter lets through, in their given order. Same meaning as the
 * core's claim query (contract/claims.ts): text is a case-insensitive substring
 * of quote, note or speaker; tags are any-of ('none' = untagged); the speaker
 * matches exactly, ignoring case. One pass, so 100k rows filter in milliseconds.
 */
export function filterClaims<T extends ClaimRow>(claims: T[], f: Pick<ClaimFilterState, 'text' | 'confidence' | 'speaker'>): T[] {
  const text = f.text.trim().toLowerCase()
  const tags = f.confidence.length ? new Set<string>(f.confidence) : null
  const speaker = f.speaker.toLowerCase()
  if (!text && !tags && !speaker) return claims
  return claims.filter(
    (c) => (!tags || tags.has(c.confidence ?? 'none')) && (!speaker || c.attributedTo.toLowerCase() === speaker) && (!text || haystack(c).includes(text))
  )
}
