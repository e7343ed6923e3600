import type { Term } from './analyze.ts'
import { isNumberWord, readNumberWords, SCALES } from './number-words.ts'
import { qualified, qualifierBefore } from './qualifiers.ts'
import { subjectOf } from './quantity-subject.ts'

/** A figure stated in a claim, with what it counts. Offsets index the article body. */
export interface Quantity {
  /** the phrase as written, from its qualifier to the thing counted: "at least 3,000 soldiers" */
  text: string
  start: number
  end: number
  /** the figure as written, without qualifier: "3,000", "three thousand", "3k" */
  figure: string
  /** the range of values the phrase allows (see qualifiers.ts) */
  low: number
  high: number
  qualifier: string | null
  /** what is counted, as compared: a concept ("~troops") or a dictionary form ("week"); null when unknown */
  subject: string | null
  subjectText: string | null
  unit: 'count' | 'percent'
}

interface Tok {
  text: string
  lower: string
  start: number
  end: number
}

// digits (3,000 · 2.5 · 3k · 1.2bn · 40%), ordinals (kept whole so they are skipped), words, dashes
const TOKEN =
  /[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:(?:k|m|bn|b)(?![\p{L}\d]))?%?|\d+(?:st|nd|rd|th)\b|\p{L}+(?:[-'’]\p{L}+)*\.?|[-–—]|\S/giu
const DIGITS = /^([$€£]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|m|bn|b)?(%?)$/i
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 }
const CURRENCY: Record<string, string> = { $: '~dollar', '€': '~euro', '£': '~pound' }
const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/

function tokens(body: string, start: number, end: number): Tok[] {
  return [...body.slice(start, end).matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: start + m.index,
    end: start + m.index + m[0].length
  }))
}

interface Figure {
  low: number
  high: number
  /** token index after the figure */
  next: number
  currency: string | null
  percent: boolean
  /** the scale word or suffix it carried (1e6 for "5 million", "5m"), else 1 */
  scale: number
}

/** Reads one figure at toks[i] (digits, with any scale word, or words), or null. */
function figureAt(body: string, toks: Tok[], i: number): Figure | null {
  const t = toks[i]!
  const d = DIGITS.exec(t.text)
  if (d) {
    const before = body[t.start - 1] ?? ''
    if (/[\p{L}:]/u.test(before) || (before === '-' && /\p{L}/u.test(body[t.start - 2] ?? '')) || body[t.end] === ':') return null // "F16", "Su-35", "10:30"
    let scale = SUFFIX[(d[3] ?? '').toLowerCase()] ?? 1
    let next = i + 1
    if (scale === 1 && SCALES[toks[next]?.lower ?? '']) scale = SCALES[toks[next++]!.lower]!
    const value = Number(d[2]!.replace(/,/g, '')) * scale
    let percent = d[4] === '%'
    if (!percent && /^(percent|per)$/.test(toks[next]?.lower ?? '')) {
      percent = toks[next]!.lower === 'percent' || toks[next + 1]?.lower === 'cent'
      if (percent) next += toks[next]!.lower === 'per' ? 2 : 1
    }
    return { low: value, high: value, next, currency: CURRENCY[d[1] ?? ''] ?? null, percent, scale }
  }
  if (!isNumberWord(t.lower) && !/^(a|an|tens|several|few)$/.test(t.lower)) return null
  const words = toks.slice(i, i + 8).map((x) => x.lower)
  const w = readNumberWords(words)
  if (!w || (w.low === 1 && w.high === 1 && !/^(a|an)$/.test(t.lower))) return null // "one official" is a determiner, not a count
  const last = words[w.words - 1] ?? ''
  const percent = toks[i + w.words]?.lower === 'percent'
  return { low: w.low, high: w.high, next: i + w.words + (percent ? 1 : 0), currency: null, percent, scale: SCALES[last] ?? 1 }
}

const isYear = (t: Tok, f: Figure): boolean => /^(1[89]|20)\d\d$/.test(t.text) && f.low === f.high
const isDay = (toks: Tok[], i: number, next: number): boolean =>
  MONTH.test(toks[i - 1]?.lower ?? '') ||
  MONTH.test(toks[next]?.lower ?? '') ||
  (toks[next]?.lower === 'of' && MONTH.test(toks[next + 1]?.lower ?? ''))

/**
 * Every quantity in body[start, end): figures in digits or words, scale words and
 * suffixes (3k, 2.5m, 1.2 billion), ranges ("3,000-5,000", "between 2,000 and
 * 4,000", "3 to 5 million"), the qualifier before them and the thing counted.
 * Years, days of a month, times and model numbers ("Su-35") are not quantities.
 */
export function quantitiesIn(body: string, terms: Term[], start: number, end: number): Quantity[] {
  const toks = tokens(body, start, end)
  const out: Quantity[] = []
  for (let i = 0; i < toks.length; i++) {
    const f = figureAt(body, toks, i)
    if (!f) continue
    if (isYear(toks[i]!, f) || isDay(toks, i, f.next)) {
      i = f.next - 1
      continue
    }
    let { low, high, next } = f
    // a range: "3,000-5,000", "3 to 5 million", "between 2,000 and 4,000"
    const joiner = toks[next]?.lower
    const between = qualifierBefore(toks.slice(0, i).map((t) => t.lower)) === 'between'
    if (joiner && (/^[-–—]$/.test(joiner) || joiner === 'to' || (joiner === 'and' && between)) && toks[next + 1]) {
      const g = figureAt(body, toks, next + 1)
      if (g && !isYear(toks[next + 1]!, g)) {
        const factor = f.scale === 1 && g.scale > 1 && low * g.scale <= g.high ? g.scale : 1 // "3 to 5 million"
        low = Math.min(low * factor, g.low)
        high = Math.max(high * factor, g.high)
        next = g.next
        f.percent ||= g.percent
        f.currency ??= g.currency
      }
    }
    const qualifier = qualifierBefore(toks.slice(0, i).map((t) => t.lower))
    const [qLow, qHigh] = qualified(qualifier, low, high)
    const subject = f.currency
      ? { key: f.currency, text: null, end: toks[next - 1]!.end }
      : subjectOf(body, terms, toks[i]!.start, toks[next - 1]!.end)
    const qualifierStart = qualifier ? toks[i - qualifier.split(' ').length]!.start : toks[i]!.start
    const phraseEnd = Math.max(toks[next - 1]!.end, subject?.end ?? 0)
    out.push({
      text: body.slice(qualifierStart, phraseEnd),
      start: qualifierStart,
      end: phraseEnd,
      figure: body.slice(toks[i]!.start, toks[next - 1]!.end),
      low: qLow,
      high: qHigh,
      qualifier,
      subject: subject?.key ?? null,
      subjectText: subject?.text ?? null,
      unit: f.percent ? 'percent' : 'count'
    })
    i = next - 1
  }
  return out
}
