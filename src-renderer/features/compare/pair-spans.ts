import type { ClaimPair, ComparedClaim } from '../../../src-main/contract/index.ts'
import type { Span } from '../reader/segments.ts'

export type ReaderSpan = Span & { quote: string }

export interface PairSpans {
  left: ReaderSpan[]
  right: ReaderSpan[]
  /** per pair (same order as the pairs): the reader ids of its two sides, null where a side is missing */
  ids: { left: number | null; right: number | null }[]
}

/**
 * The highlights each reader draws for a comparison: one per distinct claim of
 * that side (a claim can sit in several pairs). Stored claims keep their id; a
 * suggested one gets a negative id of its own, and a dashed highlight.
 */
export function pairSpans(pairs: ClaimPair[]): PairSpans {
  const side = (pick: (p: ClaimPair) => ComparedClaim | null) => {
    const spans = new Map<string, ReaderSpan>()
    let next = -1
    const ids = pairs.map((p) => {
      const c = pick(p)
      if (!c) return null
      const key = `${c.start}:${c.end}`
      let span = spans.get(key)
      if (!span) {
        span = { id: c.claimId ?? next--, start: c.start, end: c.end, confidence: c.confidence, suggested: c.suggested, quote: c.quote }
        spans.set(key, span)
      }
      return span.id
    })
    return { spans: [...spans.values()], ids }
  }
  const l = side((p) => p.left)
  const r = side((p) => p.right)
  return { left: l.spans, right: r.spans, ids: pairs.map((_, k) => ({ left: l.ids[k]!, right: r.ids[k]! })) }
}
