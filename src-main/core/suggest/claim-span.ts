import type { Frame } from './frames.ts'
import type { Quote } from './quotes.ts'
import type { Span } from './segment.ts'
import type { Token } from './tokens.ts'

/**
 * The parts of a sentence a claim can sit in: each stretch of someone's quoted
 * words, and the narrator's text between them. A claim's span is the part
 * holding its cue, so a quoted claim excludes the quotation marks and the
 * "…," Kirby said' that follows.
 */
export interface Unit extends Span {
  quote: Quote | null
}

export function unitsOf(sentence: Span, quotes: Quote[]): Unit[] {
  const units: Unit[] = []
  let cursor = sentence.start
  for (const q of quotes) {
    if (q.end <= sentence.start || q.start >= sentence.end) continue
    if (q.start > cursor) units.push({ start: cursor, end: q.start, quote: null })
    units.push({ start: Math.max(q.innerStart, sentence.start), end: Math.min(q.innerEnd, sentence.end), quote: q })
    cursor = Math.max(cursor, q.end)
  }
  if (cursor < sentence.end) units.push({ start: cursor, end: sentence.end, quote: null })
  return units
}

const LEAD_TRIM = /^[\s,;:—–\-"“”'‘’«»)]+/
const TAIL_TRIM = /[\s,;:—–\-"“”'‘’«»(]+$/

/** Trims marks and white space; drops a final period or comma inside quotation marks. */
export function trimSpan(body: string, start: number, end: number, isQuote: boolean): Span {
  const text = body.slice(start, end)
  const lead = LEAD_TRIM.exec(text)?.[0].length ?? 0
  let inner = text.slice(lead)
  inner = inner.replace(TAIL_TRIM, '')
  if (isQuote) inner = inner.replace(/[.,;:]+$/, '')
  return { start: start + lead, end: start + lead + inner.length }
}

/**
 * The narrator's claim: the unit up to an attribution that follows the cue
 * ("…, the regional water authority said on Thursday", "…, according to
 * analysts at …") and within the semicolon-separated part holding the cue.
 */
export function narratorSpan(body: string, unit: Span, toks: Token[], frames: Frame[], cueTok: number | null): Span {
  let { start, end } = unit
  // an untagged claim is what its first speech frame says: "X, an ally of Y, said Z" is Z, not "X"
  const lead = frames.find((f) => f.kind === 'lead' && toks[f.verb]!.start >= start && toks[f.verb]!.end <= end)
  const after = cueTok ?? lead?.verb ?? -1
  for (const f of frames) {
    const first = f.kind === 'inverted' || f.kind === 'according' ? f.verb : f.npStart
    const comma = toks[first - 1]
    if (first > after && comma?.norm === ',' && comma.start >= start && comma.start < end && f.kind !== 'participle')
      end = Math.min(end, comma.start)
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.norm !== ';' || t.start < start || t.start >= end) continue
    if (cueTok !== null && i < cueTok) start = t.end
    else if (cueTok !== null || i > 0) end = Math.min(end, t.start)
  }
  return trimSpan(body, start, end, false)
}
