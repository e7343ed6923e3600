import type { Token } from './tokens.ts'
import { wordForms } from './inflect.ts'
import { personsIn } from './names.ts'
import { clauseSubject } from './subject.ts'
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

const SPEECH_LEMMAS = `say speak tell add state note write warn explain announce claim insist argue acknowledge admit report testify tweet
  post comment remark observe stress emphasize emphasise reiterate caution declare allege contend assert confirm deny
  respond reply conclude predict brief ask call suggest describe recall defend criticize criticise praise accuse agree
  propose reveal oppose express reject promise question urge blame cite blast attack dismiss assure decry vow complain
  challenge pledge boast lament concede recount counter quip joke muse scoff retort mock slam rip tout hail applaud
  endorse condemn denounce demand acknowledge think believe want hope fear worry expect doubt support favor favour
  prefer pledge reaffirm unveil articulate intimate voice chant shout email retweet highlight rail assail decry
  portray liken compare refer allude disclose admit recommend advocate champion introduce plead wonder warn caution
  request signal indicate imply hint threaten insist echo emphasize stress reiterate estimate project sign issue push
  charge weigh`
const SPEECH = new Set<string>()
for (const l of SPEECH_LEMMAS.split(/\s+/).filter(Boolean)) for (const f of wordForms(l)) if (!f.endsWith('ing')) SPEECH.add(f)
/** A speech or stance verb in any form but -ing ("say", "argues", "warned"). */
export const isSpeechVerb = (norm: string): boolean => SPEECH.has(norm)
const PARTICIPLES = new Set(
  `adding saying noting telling warning stressing explaining insisting arguing writing citing calling suggesting
   questioning accusing describing urging claiming praising criticizing criticising asking referring declaring vowing
   promising pledging acknowledging blaming dismissing predicting complaining alleging asserting recalling touting`.split(/\s+/)
)
const NP_BOUNDARY = new Set(
  `that who which and but while when as because after before if although though so where since whereas than said says
  told`.split(/\s+/)
)
const ADVERBIALS = new Set(
  'also earlier later previously separately again then today yesterday recently repeatedly publicly privately once further however meanwhile'.split(
    ' '
  )
)
const PREPOSITIONS = new Set(
  'in on at for with by from of to into under over after before during about across through within without'.split(' ')
)
const NOT_SPEAKERS = new Set(['it', 'there', 'this', 'that', 'what', 'which'])

/** Skips backwards over "on Monday", "last week", "earlier", "in a statement" before a verb. */
function skipAdverbials(toks: Token[], i: number, floor: number): number {
  for (;;) {
    const t = toks[i]
    if (!t || i < floor) return i
    if (ADVERBIALS.has(t.norm)) i--
    else if (
      (WEEKDAYS.has(t.norm) || t.norm === 'week' || t.norm === 'month' || t.norm === 'year' || MONTHS.has(t.norm) || t.kind === 'num') &&
      /^(on|last|this|in|since)$/.test(toks[i - 1]?.norm ?? '')
    )
      i -= 2
    else if (WEEKDAYS.has(t.norm)) i--
    else return i
  }
}

/** "Russia and North Korea deny": "and" between names joins one subject. */
const isNameAnd = (toks: Token[], i: number): boolean => toks[i]!.norm === 'and' && !!toks[i - 1]?.cap && !!toks[i + 1]?.cap

/** One of the two apostrophes of a '' quotation mark (a lone one is a possessive: "employers' association"). */
const isDoubledQuote = (toks: Token[], i: number): boolean =>
  toks[i]?.norm === "'" &&
  ((toks[i - 1]?.norm === "'" && toks[i - 1]!.end === toks[i]!.start) || (toks[i + 1]?.norm === "'" && toks[i + 1]!.start === toks[i]!.end))
const isBoundary = (t: Token): boolean => (t.kind === 'punct' && (CLAUSE_PUNCT.has(t.norm) || t.norm === '.')) || NP_BOUNDARY.has(t.norm)

/** The noun phrase ending just before token `end` (exclusive), within the clause; [start, end) or null. */
export function nounPhraseBefore(toks: Token[], end: number, floor = 0, pronounIt = false): [number, number] | null {
  const e = skipAdverbials(toks, end - 1, floor) + 1
  let s = e
  while (s - 1 >= floor && (!isBoundary(toks[s - 1]!) || isNameAnd(toks, s - 1)) && !isDoubledQuote(toks, s - 1) && e - s < 12) s--
  // "Western officials, speaking on condition of anonymity, said", "Marley Lind, 21, a student from Vaasa, said":
  // an apposition chain before the verb; the speaker is its first part naming a person, else an apposed name, else its first part
  if (s === e && toks[e - 1]?.norm === ',') return appositionSubject(toks, e - 1, floor)
  if (s === e) return null
  if (e - s === 1 && NOT_SPEAKERS.has(toks[s]!.norm) && !(pronounIt && toks[s]!.norm === 'it')) return null
  return [s, e]
}

const ASIDE_START = new RegExp(
  String.raw`^(who|which|whose|in|on|at|according|however|speaking|during|after|before|asked|when|while|as|for|with|` +
    String.raw`from|by|despite|following)$`
)
const PART_STOP = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', '.', '?', '!'])

/** The speaker of "A, B, C, said": the comma-separated parts before the comma at `comma`, read as appositions. */
function appositionSubject(toks: Token[], comma: number, floor: number): [number, number] | null {
  const parts: [number, number][] = []
  let e = comma
  let s = e
  while (parts.length < 5) {
    while (s - 1 >= floor && toks[s - 1]!.norm !== ',' && !PART_STOP.has(toks[s - 1]!.norm) && e - s < 14) s--
    if (s < e) parts.unshift([s, e])
    if (s - 1 < floor || toks[s - 1]!.norm !== ',' || comma - s > 30) break
    e = s - 1
    s = e
  }
  const aside = ([a, b]: [number, number]): boolean =>
    ASIDE_START.test(toks[a]!.norm) || /(ing|ed)$/.test(toks[a]!.norm) || (b - a === 1 && toks[a]!.kind === 'num')
  const usable = parts.filter((p) => !aside(p))
  if (usable.length === 0) return null
  const named = usable.find(([a, b]) => personsIn(toks, a, b).length > 0)
  if (named) return named
  // "Clinton, during a town hall meeting in Columbus, Ohio, said": a name first is the subject, not the place after it
  const [a0, b0] = usable[0]!
  if (parts[0] === usable[0] && toks.slice(a0, b0).every((t) => t.cap || t.norm === '.')) return usable[0]!
  const apposed = usable.slice(1).find(([a, b]) => toks.slice(a, b).every((t) => t.cap || t.kind === 'punct' || t.norm === '.'))
  return apposed ?? usable[0]!
}

/**
 * The subject a sentence opens with, for a second verb joined by "and": the
 * capitalised run (with its apposition) at the start, or after an opening
 * phrase ("In a statement, …"), ending before a lower-case word.
 */
function sentenceSubject(toks: Token[], before: number): [number, number] | null {
  let s = 0
  while (s < before && (toks[s]!.kind === 'punct' || /^(but|and|so|then|meanwhile|still)$/.test(toks[s]!.norm))) s++
  if (ASIDE_START.test(toks[s]?.norm ?? '') || /ing$/.test(toks[s]?.norm ?? '')) {
    const comma = toks.findIndex((t, i) => i > s && i < before && t.norm === ',')
    if (comma < 0) return null
    s = comma + 1
  }
  let e = s
  const inName = (t: Token, next: Token | undefined): boolean => t.cap || t.norm === '.' || (/^(of|the|for)$/.test(t.norm) && !!next?.cap)
  while (e < before && inName(toks[e]!, toks[e + 1])) e++
  if (e === s || !toks[e - 1]!.cap) return null
  // "Brian Fallon, a spokesman for X, called on … and said": the name before its apposition
  return [s, e]
}

/** The noun phrase right after an inverted verb: '," said Ilse Varga, a senior analyst' → "Ilse Varga". */
function nounPhraseAfter(toks: Token[], start: number, stops = /^(who|which|in|on|at|after|before|when)$/): [number, number] | null {
  let e = start
  while (
    e < toks.length &&
    !(toks[e]!.kind === 'punct' && toks[e]!.norm !== "'" && toks[e]!.norm !== '.') &&
    !stops.test(toks[e]!.norm) &&
    e - start < 10
  )
    e++
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

const NOT_COLON_SPEAKERS = new RegExp(
  String.raw`^(update|updated|note|editor's|related|watch|video|photos|photo|read|more|see|warning|breaking|exclusive|` +
    String.raw`live|correction|poll|analysis|opinion|review|q|a)$`
)

/**
 * A colon introduction: "Roth: We will not sign" (a headline, a line opening
 * with a name) or "…, said mayor Ines Roth: …" — the capitalised run before the
 * colon, when it opens the sentence or holds a person's name.
 */
function colonSpeaker(toks: Token[], colon: number): [number, number] | null {
  if (colon + 1 >= toks.length) return null
  let k = colon
  while (k > 0 && colon - k < 6 && (toks[k - 1]!.cap || (toks[k - 1]!.norm === '.' && k - 1 > 0))) k--
  if (k === colon || toks.slice(k, colon).some((t) => t.kind === 'num')) return null
  let start = 0
  while (start < k && toks[start]!.kind === 'punct') start++
  if (k === start) return colon - k === 1 && NOT_COLON_SPEAKERS.test(toks[k]!.norm) ? null : [k, colon]
  return personsIn(toks, k, colon).some((p) => p.end === toks[colon - 1]!.end) ? [k, colon] : null
}

/** '"…," said Ilse Varga' or '…, said Marta Lind.' — not "Sofia Brandt, said the cracks were …". */
function isInverted(toks: Token[], i: number, np: [number, number]): boolean {
  const prev = toks[i - 1]
  if (!prev) return true
  if (QUOTE_MARK.test(prev.norm) || (prev.norm === ',' && QUOTE_MARK.test(toks[i - 2]?.norm ?? ''))) return true
  const after = toks[np[1]]
  // "…, said Thursday his worry is …": a day or month is no speaker
  if (WEEKDAYS.has(toks[np[0]]!.norm) || MONTHS.has(toks[np[0]]!.norm)) return false
  return /^[,—–]$/.test(prev.norm) && !!toks[np[0]]!.cap && (!after || /^[,.;:!?—–]$/.test(after.norm))
}

/** Auxiliaries and adverbs between a subject and its speech verb: "has also said", "would later write". */
const BEFORE_VERB =
  /^(has|have|had|also|previously|did|does|do|not|would|will|could|may|might|later|earlier|publicly|repeatedly|long|always|often|never|already|just|recently|now|since|then|once|frequently|consistently)$/

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
    if (t.norm === ':') {
      const np = colonSpeaker(toks, i)
      if (np && !inQuote(np[0])) out.push({ kind: 'lead', verb: i, npStart: np[0], npEnd: np[1] })
      continue
    }
    if (PARTICIPLES.has(t.norm) && toks[i - 1]?.norm === ',') {
      // "…, adding: …", "…, calling him …": the subject of the sentence's speech verb, else the subject the sentence opens with
      const lead = out.filter((f) => f.kind !== 'according').at(-1)
      const opening = lead ? null : (clauseSubject(toks, 0, i - 1) ?? sentenceSubject(toks, i - 1))
      if (lead) out.push({ kind: 'participle', verb: i, npStart: lead.npStart, npEnd: lead.npEnd })
      else if (opening && !inQuote(opening[0])) out.push({ kind: 'lead', verb: i, npStart: opening[0], npEnd: opening[1] })
      continue
    }
    // "Cruz continued:", "Mr. Christie gloated:": a past-tense verb introducing words after a colon
    const colonVerb = toks[i + 1]?.norm === ':' && !t.cap && t.kind === 'word' && /[a-z]ed$/.test(t.norm)
    if (!SPEECH.has(t.norm) && !colonVerb) continue
    const prev = toks[i - 1]
    if (t.cap && prev?.kind === 'word') continue // part of a name: 'the Washington Post reports'
    if (prev && (DETERMINERS.has(prev.norm) || prev.norm.endsWith("'s"))) continue // a noun: "in its report", "the claims"
    const next = toks[i + 1]
    const afterQuote = QUOTE_MARK.test(prev?.norm ?? '') || (prev?.norm === ',' && QUOTE_MARK.test(toks[i - 2]?.norm ?? ''))
    const np =
      next && next.kind === 'word' && (afterQuote || next.cap || /^(a|an|the|one)$/.test(next.norm)) ? nounPhraseAfter(toks, i + 1) : null
    if (np && isInverted(toks, i, np)) {
      out.push({ kind: 'inverted', verb: i, npStart: np[0], npEnd: np[1] })
      continue
    }
    if (/^(was|were|is|are|been|be|being|to)$/.test(prev?.norm ?? '')) continue // passive or infinitive: "were reported", "declined to comment"
    let v = i
    while (v > 0 && BEFORE_VERB.test(toks[v - 1]!.norm)) v--
    // "Rep. Gregory Meeks (D-N.Y.) said", "Kasich (who has 25 delegates) said": the speaker is before the brackets
    if (toks[v - 1]?.norm === ')') {
      const open = toks
        .slice(Math.max(0, v - 16), v - 1)
        .map((t) => t.norm)
        .lastIndexOf('(')
      if (open >= 0) v = Math.max(0, v - 16) + open
    }
    // "It said" is the organisation that spoke; "Roth shook her head and said" is Roth
    const subject = nounPhraseBefore(toks, v, 0, true) ?? (toks[v - 1]?.norm === 'and' ? sentenceSubject(toks, v - 1) : null)
    // a subject never starts with a preposition: "in a confidential report" holds the noun "report"
    if (subject && PREPOSITIONS.has(toks[subject[0]]!.norm)) continue
    if (subject && !subject.some((k) => k >= 0 && inQuote(k))) out.push({ kind: 'lead', verb: i, npStart: subject[0], npEnd: subject[1] })
  }
  return out
}
