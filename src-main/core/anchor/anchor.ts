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

export type AnchorCheck =
  { status: 'ok'; start: number; end: number } | { status: 'relocated'; start: number; end: number } | { status: 'orphaned' }

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** Graphemes are at most a few code units long in real text; this much lookaround finds their boundaries. */
const LOOKAROUND = 16

/** The first grapheme boundary at or after `from` and at or before `to` (`to` when there is none). */
function boundaryFrom(body: string, from: number, to: number): number {
  if (from <= 0) return 0
  const windowStart = Math.max(0, from - LOOKAROUND)
  for (const g of graphemes.segment(body.slice(windowStart, to))) if (windowStart + g.index >= from) return windowStart + g.index
  return to
}

/** The last grapheme boundary at or before `to`, counting from `from` (itself a boundary). */
function boundaryUpTo(body: string, from: number, to: number): number {
  if (to >= body.length) return body.length
  let last = from
  for (const g of graphemes.segment(body.slice(from, Math.min(body.length, to + LOOKAROUND)))) {
    const next = from + g.index + g.segment.length
    if (next > to) break
    last = next
  }
  return last
}

/**
 * The quote with about `context` code units of text on each side, cut at grapheme boundaries: never inside a
 * surrogate pair (which would not survive UTF-8) nor between a letter and its accent or the parts of an emoji.
 */
export function quoteSelector(body: string, start: number, end: number, context = CONTEXT_CHARS): QuoteSelector {
  const prefixStart = boundaryFrom(body, start - context, start)
  const suffixEnd = boundaryUpTo(body, end, end + context)
  return { quote: body.slice(start, end), prefix: body.slice(prefixStart, start), suffix: body.slice(end, suffixEnd) }
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
