interface Span {
  start: number
  end: number
}

/** What an article's stored state takes away from the suggester's claims: the stored claims' spans and the rejected suggestions. */
export interface TakenSpans {
  claims: Span[]
  /** rejected suggestions, as `start:end:quote` */
  rejected: string[]
}

export const rejectedKey = (s: Span & { quote: string }): string => `${s.start}:${s.end}:${s.quote}`

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/**
 * The one rule for "the claims of an article", its pure half: of the suggester's claims, those no stored claim
 * overlaps and the analyst has not rejected. Pure (it runs on a worker thread in the app); the database half
 * is services/article-claims.ts.
 */
export function keepOpen<S extends Span & { quote: string }>(suggestions: S[], taken: TakenSpans): S[] {
  const refused = new Set(taken.rejected)
  return suggestions.filter((s) => !taken.claims.some((c) => overlaps(s, c)) && !refused.has(rejectedKey(s)))
}
