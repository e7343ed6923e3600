import type { Confidence } from '../../contract/common.ts'
import type { ClaimRow } from '../../contract/claims.ts'
import type { Database } from '../db/open.ts'
import { articleClaims } from '../services/claims.ts'
import type { Lexicon } from '../suggest/lexicon.ts'
import { keepOpen, type TakenSpans } from '../suggest/open-suggestions.ts'
import { suggestClaims } from '../suggest/suggest.ts'
import { cueIn } from './candidate-claims.ts'

/** One claim of an article as the comparison aligns it: stored, or suggested and not yet saved. */
export interface ClaimUnit {
  /** the stored claim's id; null for a suggestion */
  claimId: number | null
  suggested: boolean
  start: number
  end: number
  quote: string
  confidence: Confidence | null
  attributedTo: string
  /** where its confidence cue is (body offsets): those words say how sure, not what about */
  cue: { start: number; end: number } | null
}

export type ClaimSource = 'stored' | 'suggested' | 'stored and suggested'

/** A stored claim as the comparison needs it (read from the database; the rest is pure computation). */
export type StoredClaim = Pick<ClaimRow, 'id' | 'start' | 'end' | 'confidence' | 'attributedTo'>

/** The article's stored claims whose text is still found (orphaned ones are left out), at their current offsets. */
export async function storedClaims(database: Database, articleId: number): Promise<StoredClaim[]> {
  return (await articleClaims(database, articleId))
    .filter((c) => c.anchor !== 'orphaned')
    .map((c) => ({ id: c.id, start: c.start, end: c.end, confidence: c.confidence, attributedTo: c.attributedTo }))
}

/**
 * The claims of an article to align: the analyst's stored claims; for an article
 * with none yet, the suggester's (so two freshly imported reports compare at
 * once); with `withSuggestions`, the stored ones plus every suggestion that no
 * stored claim overlaps and the analyst has not rejected (the one rule: suggest/open-suggestions.ts, with
 * `taken` read by services/article-claims.ts). Pure: no database (it runs on a worker thread in the app).
 */
export function claimUnits(
  claims: StoredClaim[],
  taken: TakenSpans,
  body: string,
  lexicon: Lexicon,
  withSuggestions = false
): { units: ClaimUnit[]; source: ClaimSource } {
  const stored: ClaimUnit[] = claims.map((c) => ({
    claimId: c.id,
    suggested: false,
    start: c.start,
    end: c.end,
    quote: body.slice(c.start, c.end),
    confidence: c.confidence,
    attributedTo: c.attributedTo,
    cue: cueIn(lexicon, body, c.start, c.end)
  }))
  if (stored.length > 0 && !withSuggestions) return { units: stored, source: 'stored' }
  const suggested: ClaimUnit[] = keepOpen(suggestClaims(body, lexicon), taken).map((s) => ({
    claimId: null,
    suggested: true,
    start: s.start,
    end: s.end,
    quote: s.quote,
    confidence: s.confidence,
    attributedTo: s.attributedTo,
    cue: s.cue ? { start: s.cue.start, end: s.cue.end } : null
  }))
  const units = [...stored, ...suggested].sort((a, b) => a.start - b.start || a.end - b.end)
  return { units, source: stored.length === 0 ? 'suggested' : suggested.length === 0 ? 'stored' : 'stored and suggested' }
}
