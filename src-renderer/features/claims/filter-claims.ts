import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { FOLD_FIELD_SEPARATOR, foldText } from '../../../src-main/contract/text-fold.ts'
import type { ClaimFilterState } from './ClaimFilters.tsx'

/**
 * The text a claim filter searches, for a whole list at once: each claim's quote,
 * note and speaker, folded once (contract/text-fold.ts, the rule the core's SQL uses), joined into one string. A search is then a
 * few `indexOf` calls over that string (which skip rows without a match at native
 * speed) instead of a lower-casing or a call per claim per keystroke.
 */
export interface TextIndex {
  /** row i's text is text.slice(starts[i], starts[i + 1] - 1); rows are separated by one character */
  readonly text: string
  readonly starts: Int32Array
  /** row i's speaker, folded */
  readonly speakers: readonly string[]
}

const FIELD = FOLD_FIELD_SEPARATOR
const ROW = '\u0001'

export function textIndex(claims: readonly ClaimRow[]): TextIndex {
  const n = claims.length
  const parts = new Array<string>(n)
  const starts = new Int32Array(n + 1)
  const speakers = new Array<string>(n)
  let at = 0
  for (let i = 0; i < n; i++) {
    const c = claims[i]!
    const speaker = foldText(c.attributedTo)
    speakers[i] = speaker
    const h = `${foldText(c.quote)}${FIELD}${foldText(c.note)}${FIELD}${speaker}`
    parts[i] = h
    starts[i] = at
    at += h.length + 1
  }
  starts[n] = at
  return { text: parts.join(ROW), starts, speakers }
}

/** Which rows of the index contain `needle` (already folded, not empty): 1 for a match. */
export function textMatches({ text, starts }: TextIndex, needle: string): Uint8Array {
  const n = starts.length - 1
  const hits = new Uint8Array(n)
  let row = 0
  let pos = text.indexOf(needle)
  while (pos !== -1) {
    while (starts[row + 1]! <= pos) row++
    const end = starts[row + 1]! - 1
    if (pos + needle.length <= end) {
      hits[row] = 1
      if (row + 1 >= n) break
      pos = text.indexOf(needle, starts[row + 1]!)
    } else pos = text.indexOf(needle, pos + 1) // a match across two rows (only if the needle holds the separator)
  }
  return hits
}

/**
 * The claims a filter lets through, in their given order. Same meaning as the
 * core's claim query (contract/claims.ts): text is a substring of quote, note or
 * speaker, both folded (contract/text-fold.ts); tags are any-of ('none' = untagged);
 * the speaker matches exactly, folded, any of its forms when given several (one person's
 * variants). Pass the list's `textIndex` to search text in milliseconds at 100k claims
 * (it is built here otherwise).
 */
export function filterClaims<T extends ClaimRow>(
  claims: T[],
  f: Pick<ClaimFilterState, 'text' | 'confidence'> & { speaker: string | readonly string[] },
  index?: TextIndex
): T[] {
  const text = foldText(f.text.trim())
  const tags = f.confidence.length ? new Set<string>(f.confidence) : null
  const forms = (typeof f.speaker === 'string' ? [f.speaker] : f.speaker).map(foldText).filter(Boolean)
  const speakers = forms.length ? new Set(forms) : null
  if (!text && !tags && !speakers) return claims
  const rows = text || speakers ? (index ?? textIndex(claims)) : null
  const hits = text ? textMatches(rows!, text) : null
  const out: T[] = []
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!
    if (hits && hits[i] === 0) continue
    if (tags && !tags.has(c.confidence ?? 'none')) continue
    if (speakers && !speakers.has(rows!.speakers[i]!)) continue
    out.push(c)
  }
  return out
}
