import type { Token } from './tokens.ts'
import { wordForms } from './inflect.ts'
import { CLAUSE_PUNCT, DETERMINERS, MONTHS, WEEKDAYS } from './word-classes.ts'

/**
 * Speech frames: where a sentence says who speaks. "X said (that) …", "…, X
 * told reporters", "…," said X, a senior analyst', "according to X", and
 * "…, adding: …" (the subject of the sentence's earlier speech verb).
 */
export interface Frame {
  kind: 'lead' | 'inverted' | 'according' | 'participle'
  /** token index of the verb (or of "according") */
  verb: number
  /** the speaker's noun phrase, token indices [npStart, npEnd) */
  npStart: number
  npEnd: number
}

const SPEECH_LEMMAS = `say speak tell add state note write warn explain announce claim insist argue acknowledge admit report testify tweet post comment
  remark observe stress emphasize emphasise reiterate caution declare allege contend assert confirm deny respond reply conclude predict brief`
const SPEECH = new Set<string>()
for (const l of SPEECH_LEMMAS.split(/\s+/).filter(Boolean)) for (const f of wordForms(l)) if (!f.endsWith('ing')) SPEECH.add(f)
const PARTICIPLES = new Set(['adding', 'saying', 'noting', 'telling', 'warning', 'stressing', 'explaining', 'insisting', 'arguing', 'writing', 'citing'])
const NP_BOUNDARY = new Set(`that who which and but while when as because after before if although though so where since whereas than said says
  told`.split(/\s+/))
const ADVERBIALS = new Set('also earlier later previously separately again then today yesterday recently repeatedly publicly privately once further however meanwhile'.split(' '))
const NOT_SPEAKERS = new Set(['it', 'there', 'this', 'that', 'what', 'which'])

/** Skips backwards over "on Monday", "last week", "earlier", "in a statement" before a verb. */
function skipAdverbials(toks: Token[], i: number, floor: number): number {
  for (;;) {
    const t = toks[i]
    if (!t || i < floor) return i
    if (ADVERBIALS.has(t.norm)) i--
    else if ((WEEKDAYS.has(t.norm) || t.norm === 'week' || t.norm === 'month' || t.norm === 'year' || MONTHS.has(t.norm) || t.kind === 'num') &&
      /^(on|last|this|in|since)$/.test(toks[i - 1]?.norm ?? '')) i -= 2
    else if (WEEKDAYS.has(t.norm)) i--
    else return i
  }
}

/** "Russia and North Korea deny": "and" between names joins one subject. */
const isNameAnd = (toks: Token[], i: number): boolean => toks[i]!.norm === 'and' && !!toks[i - 1]?.cap && !!toks[i + 1]?.cap

const isBoundary = (t: Token): boolean => (t.kind === 'punct' && (CLAUSE_PUNCT.has(t.norm) || t.norm === '.')) || NP_BOUNDARY.has(t.norm)

/** The noun phrase ending just before token `end` (exclusive), within the clause; [start, end) or null. */
export function nounPhraseBefore(toks: Token[], end: number, floor = 0, pronounIt = false): [number, number] | null {
  let e = skipAdverbials(toks, end - 1, floor) + 1
  let s = e
  while (s - 1 >= floor && (!isBoundary(toks[s - 1]!) || isNameAnd(toks, s - 1)) && e - s < 12) s--
  // "Western officials, speaking on condition of anonymity, said": skip a participle or relative aside
  if (s === e && toks[e - 1]?.norm === ',') {
    let c = e - 2
    while (c >= floor && toks[c]!.norm !== ',' && e - c < 14) c--
    const aside = toks[c + 1]
    if (c >= floor && aside && (/ing$|ed$/.test(aside.norm) || /^(who|which|in|on|at|according|however)$/.test(aside.norm))) return nounPhraseBefore(toks, c, floor)
    if (aside?.cap && toks.slice(c + 1, e - 1).every((t) => t.cap || t.kind === 'punct' || t.norm === '.')) return [c + 1, e - 1] // an appositive name
    if (c >= floor) {
      e = c
      s = e
      // "Marta Lind, the bank's chief economist, said" → prefer the name before the appositive
      while (s - 1 >= floor && !isBoundary(toks[s - 1]!) && e - s < 8) s--
      if (s < e) return [s, e]
    }
    return null
  }
  if (s === e) return null
  if (e - s === 1 && NOT_SPEAKERS.has(toks[s]!.norm) && !(pronounIt && toks[s]!.norm === 'it')) return null
  return [s, e]
}

/** The noun phrase right after an inverted verb: '," said Ilse Varga, a senior analyst' → "Ilse Varga". */
function nounPhraseAfter(toks: Token[], start: number, stops = /^(who|which|in|on|at|after|before|when)$/): [number, number] | null {
  let e = start
  while (e < toks.length && !(toks[e]!.kind === 'punct' && toks[e]!.norm !== "'" && toks[e]!.norm !== '.') && !stops.test(toks[e]!.norm) && e - start < 10) e++
  if (toks[e - 1]?.norm === '.' && e - 1 > start) e--
  // '… said the service's director, Tomas Berg.' → the name in apposition
  if (toks[e]?.norm === ',' && toks[e + 1]?.cap) {
    let n = e + 1
    while (n < toks.length && (toks[n]!.cap || toks[n]!.norm.endsWith('.')) && toks[n]!.kind === 'word') n++
    if (n - e - 1 >= 2 && (n >= toks.length || toks[n]!.kind === 'punct')) return [e + 1, n]
  }
  return e > start ? [start, e] : null
}

const QUOTE_MARK = /^["”’'»]$/

/** '"…," said Ilse Varga' or '…, said Marta Lind.' — not "Sofia Brandt, said the cracks were …". */
function isInverted(toks: Token[], i: number, np: [number, number]): boolean {
  const prev = toks[i - 1]
  if (!prev) return true
  if (QUOTE_MARK.test(prev.norm) || (prev.norm === ',' && QUOTE_MARK.test(toks[i - 2]?.norm ?? ''))) return true
  const after = toks[np[1]]
  return /^[,—–]$/.test(prev.norm) && !!toks[np[0]]!.cap && (!after || after.kind === 'punct')
}

/** Speech frames in a sentence's tokens; `inQuote(i)` tells tokens inside someone's quoted words, which hold no frames. */
export function findFrames(toks: Token[], inQuote: (i: number) => boolean): Frame[] {
  const out: Frame[] = []
  for (let i = 0; i < toks.length; i++) {
    if (inQuote(i)) continue
    const t = toks[i]!
    if (t.norm === 'according' && toks[i + 1]?.norm === 'to') {
      const np = nounPhraseAfter(toks, i + 2, /^(who|which|that|on|after|before|when|and)$/)
      if (np) out.push({ kind: 'according', verb: i, npStart: np[0], npEnd: np[1] })
      continue
    }
    if (PARTICIPLES.has(t.norm) && /^[:,"“]$|^that$/.test(toks[i + 1]?.norm ?? '')) {
      const lead = out.filter((f) => f.kind !== 'according').at(-1)
      if (lead) out.push({ kind: 'participle', verb: i, npStart: lead.npStart, npEnd: lead.npEnd })
      continue
    }
    if (!SPEECH.has(t.norm)) continue
    const prev = toks[i - 1]
    if (prev && (DETERMINERS.has(prev.norm) || prev.norm.endsWith("'s"))) continue // a noun: "in its report", "the claims"
    const next = toks[i + 1]
    const afterQuote = QUOTE_MARK.test(prev?.norm ?? '') || (prev?.norm === ',' && QUOTE_MARK.test(toks[i - 2]?.norm ?? ''))
    const np = next && next.kind === 'word' && (afterQuote || next.cap || /^(a|an|the|one)$/.test(next.norm)) ? nounPhraseAfter(toks, i + 1) : null
    if (np && isInverted(toks, i, np)) {
      out.push({ kind: 'inverted', verb: i, npStart: np[0], npEnd: np[1] })
      continue
    }
    if (/^(was|were|is|are|been|be|being|to)$/.test(prev?.norm ?? '')) continue // passive or infinitive: "were reported", "declined to comment"
    let v = i
    while (v > 0 && /^(has|have|had|also|previously|did|does|do|not|would|will|could|may|might|later|earlier|publicly|repeatedly)$/.test(toks[v - 1]!.norm)) v--
    const subject = nounPhraseBefore(toks, v, 0, true) // "It said" is the organisation that spoke
    if (subject && !subject.some((k) => k >= 0 && inQuote(k))) out.push({ kind: 'lead', verb: i, npStart: subject[0], npEnd: subject[1] })
  }
  return out
}
