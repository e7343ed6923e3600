/**
 * Anchoring a claim in its article (W3C Web Annotation selectors): a
 * TextPositionSelector (start/end offsets) plus a TextQuoteSelector (exact quote
 * with some prefix and suffix). Keeping both lets an anchor be verified and,
 * when the offsets no longer fit, re-found by its quote.
 */
export const CONTEXT_CHARS = 32

export interface QuoteSelector {
  quote: string
  prefix: string
  suffix: string
}

export interface StoredAnchor extends QuoteSelector {
  start: number
  end: number
}

export type AnchorCheck = { status: 'ok'; start: number; end: number } | { status: 'relocated'; start: number; end: number } | { status: 'orphaned' }

export function quoteSelector(body: string, start: number, end: number, context = CONTEXT_CHARS): QuoteSelector {
  return { quote: body.slice(start, end), prefix: body.slice(Math.max(0, start - context), start), suffix: body.slice(end, end + context) }
}

/** Trims whitespace off both ends of a span; null when nothing but whitespace is left. */
export function trimSpan(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start)
  let e = Math.min(body.length, end)
  while (s < e && /\s/.test(body[s]!)) s++
  while (e > s && /\s/.test(body[e - 1]!)) e--
  return e > s ? { start: s, end: e } : null
}

const commonSuffix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}
const commonPrefix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/**
 * Checks a stored anchor against the text. If the offsets still frame the quote,
 * it is ok. Otherwise the quote is searched for; the occurrence whose
 * surroundings best match the stored prefix/suffix wins, provided it is a clear
 * winner. Anything else is orphaned: never drawn in the wrong place.
 */
export function verifyAnchor(body: string, a: StoredAnchor): AnchorCheck {
  if (a.quote.length === 0) return { status: 'orphaned' }
  if (body.slice(a.start, a.end) === a.quote) return { status: 'ok', start: a.start, end: a.end }
  const scored: { start: number; score: number }[] = []
  for (let i = body.indexOf(a.quote); i !== -1; i = body.indexOf(a.quote, i + 1)) {
    const before = body.slice(Math.max(0, i - a.prefix.length), i)
    const after = body.slice(i + a.quote.length, i + a.quote.length + a.suffix.length)
    scored.push({ start: i, score: commonSuffix(before, a.prefix) + commonPrefix(after, a.suffix) })
  }
  if (scored.length === 0) return { status: 'orphaned' }
  scored.sort((x, y) => y.score - x.score || Math.abs(x.start - a.start) - Math.abs(y.start - a.start))
  const [best, second] = scored
  if (second && second.score === best!.score) return { status: 'orphaned' } // ambiguous: do not guess
  return { status: 'relocated', start: best!.start, end: best!.start + a.quote.length }
}
