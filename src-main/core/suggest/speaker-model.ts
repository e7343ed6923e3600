import { isSpeechVerb } from './frames.ts'
import { AGENT_HEADS } from './speaker-phrase.ts'
import { bareCount } from './speaker-quantity.ts'
import { DESCRIBING } from './subject.ts'
import type { SpeakerTracker } from './speakers.ts'
import type { Token } from './tokens.ts'
import { AUXILIARIES, BE_FORMS, MODALS, MONTHS, WEEKDAYS } from './word-classes.ts'

/**
 * A learned guess at who makes a claim when no rule names a speaker: every noun phrase of the unit that opens
 * with a capitalised word (its capitalised run, and the run with up to three lower-case words after it: "Colorado
 * Republican leaders") is a candidate; a logistic regression over the words around it (trained on the tune-fit part
 * of the real-news data by scripts/train-speaker-model.ts, weights in speaker-model.json) scores each, and the best
 * is taken when its probability passes the model's threshold. The weights are features only (words and shapes),
 * no article text.
 */
export interface SpeakerModel {
  threshold: number
  weights: Record<string, number>
}

export interface SpeakerCandidate {
  /** token indices [s, e) in the sentence */
  s: number
  e: number
  name: string
  features: string[]
}

const PREPOSITIONS = /^(by|of|to|for|from|with|against|about|on|at|in|into|over|than|like|unlike|between|among|behind|toward|towards)$/
const FUNCTION_CAPS = /^(the|a|an|but|and|so|in|on|at|for|with|as|if|when|while|after|before|this|that|it|there|he|she|they|we|i)$/

const shape = (t: Token | undefined): string => {
  if (!t) return 'END'
  if (t.kind === 'punct') return `P${t.norm}`
  if (t.kind === 'num') return 'NUM'
  if (t.cap) return 'CAP'
  if (AUXILIARIES.has(t.norm) || MODALS.has(t.norm)) return 'AUX'
  if (isSpeechVerb(t.norm)) return 'SPEECH'
  if (/ed$/.test(t.norm)) return 'ED'
  if (/ing$/.test(t.norm)) return 'ING'
  if (/[^s]s$/.test(t.norm)) return 'S'
  return 'w'
}
/** "Otto Lind is the front-runner", "Vaasa lies 40 km from": a description with "be" says nothing its subject claims (subject.ts). */
const describedBy = (toks: Token[], e: number): boolean =>
  DESCRIBING.test(toks[e]?.norm ?? '') ||
  (BE_FORMS.has(toks[e]?.norm ?? '') &&
    !/[a-z]{3,}(ing|ed)$/.test(toks[e + 1]?.norm ?? '') &&
    !/^(not|also|still)$/.test(toks[e + 1]?.norm ?? ''))
/** "In a year in which Otto Lind has won": the subject of a relative clause is not the speaker. */
const IN_CLAUSE = /^(which|whom|whose|where)$/
const NOT_MODIFIER =
  /^(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|do|does|did|not|the|a|an|of|to|in|on|at|for|and|or|but|that|who|which|said|says)$/
/** "since May", "on Monday", "a poll of 400 Vaasa residents": a date, or the sample a figure counts, speaks for no one. */
const notAnAgent = (toks: Token[], s: number, e: number): boolean =>
  toks.slice(s, e).some((t) => MONTHS.has(t.norm) || WEEKDAYS.has(t.norm)) || toks[s - 1]?.kind === 'num'
const bucket = (n: number): string => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+')

/** The candidate noun phrases of tokens [from, to) that open with a capitalised word, with their features. */
export function speakerCandidates(
  toks: Token[],
  from: number,
  to: number,
  tracker: SpeakerTracker,
  cueAt = -1,
  rulePick = ''
): SpeakerCandidate[] {
  const out = phraseCandidates(toks, from, to, tracker, cueAt)
  // the subject rule's pick (subject.ts) is a candidate too, marked as such
  const picked = out.filter((c) => c.name === rulePick)
  for (const c of picked) c.features.push('rulepick')
  if (rulePick && picked.length === 0) out.push({ s: from, e: from, name: rulePick, features: ['bias', 'rulepick', 'rulealone'] })
  if (rulePick) for (const c of out) c.features.push(c.name === rulePick ? 'rulesame' : 'ruleother')
  return out
}

function phraseCandidates(toks: Token[], from: number, to: number, tracker: SpeakerTracker, cueAt: number): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = []
  const words = toks.slice(from, to).filter((t) => t.kind === 'word')
  const headline = words.length >= 4 && words.filter((t) => t.cap).length >= words.length * 0.7
  let order = 0
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (t.kind !== 'word' || !t.cap || (toks[i - 1]?.cap && i > from)) continue
    let s = i
    // "The State Department": a leading function word stays out of the run but not out of the phrase
    if (FUNCTION_CAPS.test(t.norm)) {
      if (!toks[i + 1]?.cap) continue
      s = i + 1
    }
    let e = s
    while (e < to && (toks[e]!.cap || (/^(of|for|and|&)$/.test(toks[e]!.norm) && toks[e + 1]?.cap && e > s) || toks[e]!.norm === '.')) {
      if (toks[e]!.norm === '.' && !(toks[e + 1]?.cap && e > s)) break
      e++
    }
    if (e === s) continue
    const ends = [e]
    let k = e
    if (toks[k]?.norm === "'s" || toks[k]?.norm === "'") k++
    // "Colorado Republican leaders", "Twenty-four percent": lower-case words up to a head noun naming people or a body
    for (let n = 0; n < 3 && k < to && toks[k]!.kind === 'word' && !toks[k]!.cap && !NOT_MODIFIER.test(toks[k]!.norm); n++) {
      k++
      if (AGENT_HEADS.has(toks[k - 1]!.norm) || toks[k - 1]!.norm === 'percent') ends.push(k)
    }
    for (const end of ends) {
      if (describedBy(toks, end) || (s > from && IN_CLAUSE.test(toks[s - 1]!.norm)) || notAnAgent(toks, s, end) || bareCount(toks, s, end))
        continue
      const speaker = tracker.resolve(toks, s, end)
      if (!speaker.name) continue
      const features = featuresOf(toks, from, s, end, order, end - e, headline, tracker)
      if (speaker.person) features.push('person')
      if (cueAt >= 0) features.push(s < cueAt ? 'beforecue' : 'aftercue', `cuedist=${bucket(Math.abs(cueAt - s))}`)
      else features.push('nocue')
      if (toks.slice(end, end + 4).some((t) => t.kind === 'word' && isSpeechVerb(t.norm))) features.push('speechsoon')
      if (toks.slice(s, end).some((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && t.kind === 'word'))
        features.push('acronym')
      if (tracker.lastSpeaker?.name === speaker.name) features.push('lastspeaker')
      out.push({ s, e: end, name: speaker.name, features })
    }
    order++
    i = e - 1
  }
  return out
}

function featuresOf(
  toks: Token[],
  from: number,
  s: number,
  e: number,
  order: number,
  extra: number,
  headline: boolean,
  tracker: SpeakerTracker
): string[] {
  const prev = toks[s - 1]
  const prev2 = toks[s - 2]
  const next = toks[e]
  const next2 = toks[e + 1]
  const first = toks[s]!
  const last = toks[e - 1]!
  const f = [
    'bias',
    `order=${Math.min(order, 4)}`,
    `pos=${bucket(s - from)}`,
    `len=${Math.min(e - s, 5)}`,
    `extra=${extra}`,
    `prev=${prev && s > from ? prev.norm : 'START'}`,
    `prev2=${prev2 && s - 1 > from ? prev2.norm : 'START'}`,
    `prevshape=${s > from ? shape(prev) : 'START'}`,
    `next=${next?.norm ?? 'END'}`,
    `nextshape=${shape(next)}`,
    `next2shape=${shape(next2)}`,
    `next2=${next2?.norm ?? 'END'}`,
    `nextpair=${shape(next)}_${shape(next2)}`,
    `last=${last.norm}`,
    `lastshape=${last.cap ? 'CAP' : shape(last)}`,
    `first=${first.norm}`,
    `headline=${headline}`,
    `prevprep=${!!prev && s > from && PREPOSITIONS.test(prev.norm)}`
  ]
  if (tracker.names.resolve(last.text, last.start)) f.push('knownname')
  if (order === 0 && s - from <= 1) f.push('opens')
  return f
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

export const candidateScore = (model: SpeakerModel, c: SpeakerCandidate): number =>
  sigmoid(c.features.reduce((sum, f) => sum + (model.weights[f] ?? 0), 0))

/** The best candidate's name when the model is sure enough of it, else ''. */
export function guessSpeaker(model: SpeakerModel, candidates: SpeakerCandidate[]): string {
  let best: SpeakerCandidate | null = null
  let bestP = 0
  for (const c of candidates) {
    const p = candidateScore(model, c)
    if (p > bestP) {
      best = c
      bestP = p
    }
  }
  return best && bestP >= model.threshold ? best.name : ''
}
