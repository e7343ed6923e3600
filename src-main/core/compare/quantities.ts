import type { Term } from './analyze.ts'
import { isNumberWord, readNumberWords, SCALES } from './number-words.ts'
import { qualified, qualifierBefore } from './qualifiers.ts'
import { subjectOf } from './quantity-subject.ts'
import { senseOf } from './concepts.ts'
import { isStopword } from './stopwords.ts'

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
  /** 'score': a head-to-head result ("52 percent to 38 percent", "46-41"): low/high the larger figure, `against` the other */
  unit: 'count' | 'percent' | 'score'
  against: { low: number; high: number } | null
  /**
   * what a share is of and what it says of them ("of Republicans" + "back Trump"), likewise for a count of something
   * generic ("3,000 people attended"); for a score, who it is between; as senses, the subject first; null otherwise
   */
  measure: string[] | null
  /** a figure the claim says is wrong ("puts the toll at 40, not the 65 given by the army": the 65) */
  rejected: boolean
}

interface Tok {
  text: string
  lower: string
  start: number
  end: number
}

// digits (3,000 · 2.5 · 3k · 1.2bn · 40%), ordinals (kept whole so they are skipped), words, dashes
const TOKEN =
  /(?:(?:US|A|C|NZ|HK)?[$€£])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:(?:k|m|bn|b)(?![\p{L}\d]))?%?|\d+(?:st|nd|rd|th)\b|\p{L}+(?:[-'’]\p{L}+)*\.?|[-–—]|\S/giu
const DIGITS = /^((?:US|A|C|NZ|HK)?[$€£]|)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(k|m|bn|b)?(%?)$/i
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9 }
const CURRENCY: Record<string, string> = { $: '~dollar', '€': '~euro', '£': '~pound' }
const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/

const endsFigure = (w: string): boolean => isNumberWord(w.replace(/-plus$/, '')) || w === 'percent' || w === 'cent'

function tokens(body: string, start: number, end: number): Tok[] {
  return [...body.slice(start, end).matchAll(TOKEN)].map((m) => {
    // a number word ending a sentence ("$1 billion.") keeps its full stop out
    const text = /^\p{L}[\p{L}-]*\.$/u.test(m[0]) && endsFigure(m[0].slice(0, -1).toLowerCase()) ? m[0].slice(0, -1) : m[0]
    return { text, lower: text.toLowerCase(), start: start + m.index, end: start + m.index + text.length }
  })
}

/** A token as a scale word: "billion." at a sentence's end and "billion-plus" are "billion". */
const scaleWord = (t: Tok | undefined): string => (t?.lower ?? '').replace(/\.$/, '').replace(/-plus$/, '')

interface Figure {
  low: number
  high: number
  /** token index after the figure */
  next: number
  currency: string | null
  percent: boolean
  /** the scale word or suffix it carried (1e6 for "5 million", "5m"), else 1 */
  scale: number
  /** one digit before a scale word ("$1 billion", "three thousand"): a figure rounded to its scale */
  rounded: boolean
}

/** Significant digits of a number as written in digits ("1.14" → 3, "10" → 1, "2,500" → 2). */
const significant = (digits: string): number => digits.replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length

/** Reads one figure at toks[i] (digits, with any scale word, or words), or null. */
function figureAt(body: string, toks: Tok[], i: number): Figure | null {
  const t = toks[i]!
  const d = DIGITS.exec(t.text)
  if (d) {
    const before = body[t.start - 1] ?? ''
    if (/[\p{L}:]/u.test(before) || (before === '-' && /\p{L}/u.test(body[t.start - 2] ?? '')) || body[t.end] === ':') return null // "F16", "Su-35", "10:30"
    let scale = SUFFIX[(d[3] ?? '').toLowerCase()] ?? 1
    let next = i + 1
    if (scale === 1 && toks[next]?.lower === '-' && SCALES[scaleWord(toks[next + 1])]) next++ // "$1-billion"
    if (scale === 1 && SCALES[scaleWord(toks[next])]) scale = SCALES[scaleWord(toks[next++])]!
    const value = Number(d[2]!.replace(/,/g, '')) * scale
    let percent = d[4] === '%'
    if (!percent && /^(percent|per)$/.test(toks[next]?.lower ?? '')) {
      percent = toks[next]!.lower === 'percent' || toks[next + 1]?.lower === 'cent'
      if (percent) next += toks[next]!.lower === 'per' ? 2 : 1
    }
    const rounded = scale > 1 && significant(d[2]!) <= 1
    return { low: value, high: value, next, currency: CURRENCY[(d[1] ?? '').slice(-1)] ?? null, percent, scale, rounded }
  }
  if (!isNumberWord(t.lower) && !/^(a|an|tens|several|few)$/.test(t.lower)) return null
  const words = toks.slice(i, i + 8).map((x) => x.lower.replace(/\.$/, ''))
  const w = readNumberWords(words)
  if (!w || (w.low === 1 && w.high === 1 && !/^(a|an)$/.test(t.lower))) return null // "one official" is a determiner, not a count
  const last = words[w.words - 1] ?? ''
  const percent = toks[i + w.words]?.lower === 'percent'
  const scale = SCALES[last] ?? 1
  const rounded = scale > 1 && w.low === w.high && significant(String(w.low / scale)) <= 1
  return { low: w.low, high: w.high, next: i + w.words + (percent ? 1 : 0), currency: null, percent, scale, rounded }
}

/** "52 percent to 38 percent", "46-41": two plain figures, the second smaller (a range is written low to high). */
const isScore = (f: Figure, g: Figure): boolean =>
  !f.currency &&
  !g.currency &&
  f.scale === 1 &&
  g.scale === 1 &&
  f.low === f.high &&
  g.low < f.low &&
  f.low <= 100 &&
  f.percent === g.percent

/** "not (the) 65", "rather than 65", "instead of 65": a figure the claim rejects. */
function isRejected(toks: Tok[], i: number): boolean {
  let k = i - 1
  if (/^(the|a|an)$/.test(toks[k]?.lower ?? '')) k--
  const w = toks[k]?.lower
  return w === 'not' || (w === 'than' && toks[k - 1]?.lower === 'rather') || (w === 'of' && toks[k - 1]?.lower === 'instead')
}

const UNIT_WORD = /^(points?|percent|percentage|cent)$/
const MEASURE_SKIP = ['Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Copula', 'Modal', 'Pronoun', 'Adverb', 'Value']

/**
 * What a share says of its group: the share's subject and the content words after the phrase, up to the clause's
 * end ("72 percent of Republicans back Trump" → republican, back, trump), so shares of one group that say different
 * things ("76 percent of Republicans believe the economy is worse") are not the same measure.
 */
function measureOf(body: string, terms: Term[], from: number, subject: string | null): string[] {
  const out = subject ? [subject] : []
  let last = from
  for (const t of terms) {
    if (t.start < from) continue
    if (/[,;:.!?]/.test(body.slice(last, t.start)) || out.length >= 6 || t.tags.has('Value')) break
    last = t.end
    if (/\p{L}/u.test(t.text) && !isStopword(t.norm) && !UNIT_WORD.test(t.norm) && !MEASURE_SKIP.some((x) => t.tags.has(x)))
      out.push(senseOf(t))
  }
  return out
}

/** What is counted says too little alone: "3,000 people" and "two people", "two months" and "three months" count what their clause says. */
const GENERIC = /^(~people|people|person|voter|point|percentage|time|second|minute|hour|day|week|month|year|decade|member|vote)$/

/** Who a score is between: the last three names of its sentence before it ("Clinton leading Trump by six points (46 to 40)"). */
function contestants(body: string, terms: Term[], figureStart: number): string[] {
  const at = terms.findIndex((t) => t.start >= figureStart)
  const end = at < 0 ? terms.length : at
  const sentence = terms[end - 1]?.sentence
  const names: string[] = []
  // back to the clause's start: "…, Kasich's favorability sits at +32 points (50 percent to 18 percent)" is Kasich's alone
  for (let k = end - 1; k >= 0 && terms[k]!.sentence === sentence && names.length < 3; k--) {
    if (terms[k]!.tags.has('ProperNoun') || terms[k]!.tags.has('Person')) names.push(terms[k]!.norm)
    if (k > 0 && /[,;:]/.test(body.slice(terms[k - 1]!.end, terms[k]!.start))) break
  }
  return ['~score', ...names]
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
    // a range: "3,000-5,000", "3 to 5 million", "between 2,000 and 4,000"; a score when the second is the smaller: "52 to 38"
    let against: Quantity['against'] = null
    const joiner = toks[next]?.lower
    const between = qualifierBefore(toks.slice(0, i).map((t) => t.lower)) === 'between'
    if (joiner && (/^[-–—]$/.test(joiner) || joiner === 'to' || (joiner === 'and' && between)) && toks[next + 1]) {
      const g = figureAt(body, toks, next + 1)
      if (g && !isYear(toks[next + 1]!, g) && !between && isScore(f, g)) {
        against = { low: g.low, high: g.high }
        next = g.next
        f.percent ||= g.percent
      } else if (g && !isYear(toks[next + 1]!, g)) {
        const factor = f.scale === 1 && g.scale > 1 && low * g.scale <= g.high ? g.scale : 1 // "3 to 5 million"
        low = Math.min(low * factor, g.low)
        high = Math.max(high * factor, g.high)
        next = g.next
        f.percent ||= g.percent
        f.currency ??= g.currency
      }
    }
    const qualifier = qualifierBefore(toks.slice(0, i).map((t) => t.lower))
    const [qLow, qHigh] = qualified(qualifier, low, high, f.rounded)
    const rejected = isRejected(toks, i)
    const found = against
      ? { key: '~score', text: null, end: toks[next - 1]!.end }
      : f.currency
        ? { key: f.currency, text: null, end: toks[next - 1]!.end }
        : subjectOf(body, terms, toks[i]!.start, toks[next - 1]!.end)
    // "at 40, not the 65 given by the army": the rejected figure counts what the one it corrects counts
    const subject = found ?? (rejected && out.at(-1)?.subject ? { key: out.at(-1)!.subject!, text: null, end: toks[next - 1]!.end } : null)
    const qualifierStart = qualifier ? toks[i - qualifier.split(' ').length]!.start : toks[i]!.start
    const phraseEnd = Math.max(toks[next - 1]!.end, subject?.end ?? 0)
    const unit = against ? 'score' : f.percent ? 'percent' : 'count'
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
      unit,
      against,
      measure:
        unit === 'score'
          ? contestants(body, terms, toks[i]!.start)
          : unit === 'percent' || GENERIC.test(subject?.key ?? '')
            ? measureOf(body, terms, phraseEnd, subject?.key ?? null)
            : null,
      rejected
    })
    i = next - 1
  }
  return out
}
