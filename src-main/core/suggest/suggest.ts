import type { Confidence } from '../../contract/common.ts'
import { assignQuoteSpeakers, narratorSpeaker, resolveFrames } from './attribution.ts'
import { claimFeatures, isCandidate } from './candidates.ts'
import { narratorSpan, trimSpan, unitsOf, type Unit } from './claim-span.ts'
import { isQuestion, suspendedBy } from './context.ts'
import { evidenceSubjectCues } from './evidence-subject.ts'
import { findFrames } from './frames.ts'
import { findCues, resolveOverlaps, type CueMatch, type Lexicon } from './lexicon.ts'
import { NameIndex, personsIn } from './names.ts'
import { isPollAnswer } from './poll-answer.ts'
import { findQuotes, type Quote } from './quotes.ts'
import { segmentSentences, type Span } from './segment.ts'
import { senseProblem } from './senses.ts'
import { SpeakerTracker, type Speaker } from './speakers.ts'
import { guessSpeaker, speakerCandidates, type SpeakerCandidate, type SpeakerModel } from './speaker-model.ts'
import shippedSpeakerModel from './speaker-model.json'
import { clauseSubject } from './subject.ts'
import { tokenize, type Token } from './tokens.ts'

export interface Suggestion {
  start: number
  end: number
  quote: string
  confidence: Confidence | null
  cue: { text: string; start: number; end: number } | null
  attributedTo: string
  /** the speaker is read from the sentence's subject or carried over from an earlier sentence, not stated by a speech cue */
  speakerInferred: boolean
  score: number
}

/** The cues of a stretch of tokens that survive the sense, conditional and question rules. */
export function assertedCues(lexicon: Lexicon, toks: Token[]): CueMatch[] {
  const asserted = (m: CueMatch): boolean => senseProblem(m, toks) === null && suspendedBy(m, toks) === null && !isPollAnswer(m, toks)
  const found = [...findCues(lexicon, toks), ...evidenceSubjectCues(toks)].filter(asserted)
  return resolveOverlaps(found)
}

function scoreOf(cue: CueMatch | null, speaker: string, toks: Token[]): number {
  if (cue) {
    const explicit = /^(we|there|it|=i)\b/.test(cue.phrase) || cue.words >= 3
    return Math.min(0.95, 0.6 + (cue.words >= 2 ? 0.1 : 0) + (explicit ? 0.1 : 0) + (speaker ? 0.05 : 0))
  }
  const f = claimFeatures(toks)
  return 0.2 + 0.05 * (Number(f.quantity) + Number(f.date) + Number(f.named) + Number(!!speaker))
}

/**
 * Proposes the claims of an article body: one per stretch of quoted or narrator
 * text holding a confidence cue, tagged with it, plus an untagged one for a
 * cue-free sentence with a quantity, date or named actor. Offsets index `body`.
 */
export interface SuggestOptions {
  /** the learned guess at a speaker no rule names (speaker-model.ts); null for the rules alone */
  speakerModel?: SpeakerModel | null
  /** told of every narrator suggestion the rules leave without a speaker, with its candidates (for training) */
  onUnnamed?: (suggestion: Suggestion, candidates: SpeakerCandidate[]) => void
}

export function suggestClaims(body: string, lexicon: Lexicon, options: SuggestOptions = {}): Suggestion[] {
  const model = options.speakerModel === undefined ? (shippedSpeakerModel as SpeakerModel) : options.speakerModel
  const sentences = segmentSentences(body)
  const quotes = findQuotes(body).filter((q) => q.speech)
  const tokens = sentences.map((s) => tokenize(body, s.start, s.end))
  const names = new NameIndex()
  tokens.forEach((toks) => personsIn(toks).forEach((p) => names.add(p.name, p.start)))
  const tracker = new SpeakerTracker(body, names)
  const quoteSpeakers = new Map<Quote, Speaker>()
  const pending: { suggestion: Suggestion; quote: Quote; fallback: string }[] = []
  const out: Suggestion[] = []
  let qi = 0

  sentences.forEach((sentence, k) => {
    const toks = tokens[k]!
    while (qi < quotes.length && quotes[qi]!.end <= sentence.start) qi++
    const here: Quote[] = []
    for (let j = qi; j < quotes.length && quotes[j]!.start < sentence.end; j++) here.push(quotes[j]!)
    const inQuote = (i: number): boolean => here.some((q) => toks[i]!.start >= q.innerStart && toks[i]!.end <= q.innerEnd)
    const frames = resolveFrames(toks, findFrames(toks, inQuote), tracker)
    assignQuoteSpeakers(sentence, toks, here, frames, tracker, quoteSpeakers)
    const cues = assertedCues(lexicon, toks)
    const units = unitsOf(sentence, here)
    let tagged = 0
    for (const unit of units) {
      const text = body.slice(unit.start, unit.end)
      const cue = isQuestion(unit.quote ? text : body.slice(sentence.start, sentence.end))
        ? undefined
        : firstCue(cues.filter((c) => toks[c.start]!.start >= unit.start && toks[c.end - 1]!.end <= unit.end))
      if (!cue) continue
      tagged++
      out.push(makeSuggestion(body, unit, toks, frames, cue, tracker, pending, model, options.onUnnamed))
    }
    if (
      tagged === 0 &&
      !isQuestion(body.slice(sentence.start, sentence.end)) &&
      (isCandidate(toks, claimFeatures(toks)) || frames.some((f) => f.speaker.name))
    ) {
      const unit = units
        .filter((u) => /[\p{L}\p{N}]/u.test(body.slice(u.start, u.end)))
        .sort((a, b) => b.end - b.start - (a.end - a.start))[0]
      if (unit) out.push(makeSuggestion(body, unit, toks, frames, null, tracker, pending, model, options.onUnnamed))
    }
  })
  for (const p of pending) p.suggestion.attributedTo = cleanSpeaker(quoteSpeakers.get(p.quote)?.name ?? p.fallback)
  return out.filter((s) => s.end > s.start)
}

/** Words that open a clause or a phrase, never a name: "But Fowler", "For President Obama", "While Hurun". */
const LEADING =
  /^(?:(?:but|and|so|yet|for|while|when|as|if|between|although|though|because|after|before|since|unlike|like|with|without|i think|we think)\s+)+/i
const NOT_A_NAME =
  /^(between|federal|national|local|former|after|before|during|while|meanwhile|however|most|many|some|latest|the latest|morning email|update|breaking)$/i

/** A speaker's name without the word that opened its clause; '' when nothing of a name is left. */
function cleanSpeaker(name: string): string {
  const cut = name.replace(LEADING, '')
  return NOT_A_NAME.test(cut) ? '' : cut
}

/**
 * The cue that sets a unit's tag: the first, unless the unit names a record as its source ("…, according to a
 * Harbour poll"): then that record's evidence, even after a belief the respondents reported ("55 percent said they do
 * not believe …").
 */
function firstCue(cues: CueMatch[]): CueMatch | undefined {
  return cues.find((c) => c.confidence === 'evidence' && /^according to\b/.test(c.phrase)) ?? cues[0]
}

/** "We assess that …", "It remains unclear whether …": the narrator's own judgment, which no guess gives to anyone else. */
function narratorsOwn(toks: Token[], unit: Unit, cue: CueMatch | null): boolean {
  if (cue && /^(we|there|it|=i|i)\b/.test(cue.phrase)) return true
  const first = toks.find((t) => t.start >= unit.start && t.kind === 'word')
  return !!first && /^(we|i|it|there|our)$/.test(first.norm)
}

/** "Rubio is congratulating Trump …": with no speech cue, the subject of the unit's first clause, when it names someone. */
function subjectSpeaker(toks: Token[], unit: Unit, tracker: SpeakerTracker): string {
  const from = toks.findIndex((t) => t.start >= unit.start)
  if (from < 0) return ''
  let to = from
  while (to < toks.length && toks[to]!.end <= unit.end) to++
  const np = clauseSubject(toks, from, to)
  if (!np) return ''
  const speaker = tracker.resolve(toks, np[0], np[1])
  return speaker.name
}

function makeSuggestion(
  body: string,
  unit: Unit,
  toks: Token[],
  frames: ReturnType<typeof resolveFrames>,
  cue: CueMatch | null,
  tracker: SpeakerTracker,
  pending: { suggestion: Suggestion; quote: Quote; fallback: string }[],
  model: SpeakerModel | null,
  onUnnamed: SuggestOptions['onUnnamed']
): Suggestion {
  const span: Span = unit.quote ? trimSpan(body, unit.start, unit.end, true) : narratorSpan(body, unit, toks, frames, cue?.start ?? null)
  let speaker = unit.quote ? '' : narratorSpeaker(toks, frames, cue, unit.start, unit.end, tracker)
  const inferred = !unit.quote && !speaker ? cleanSpeaker(subjectSpeaker(toks, unit, tracker)) : ''
  if (inferred) speaker = inferred
  speaker = cleanSpeaker(speaker)
  const suggestion: Suggestion = {
    start: span.start,
    end: span.end,
    quote: body.slice(span.start, span.end),
    confidence: cue?.confidence ?? null,
    cue: cue
      ? { text: body.slice(toks[cue.start]!.start, toks[cue.end - 1]!.end), start: toks[cue.start]!.start, end: toks[cue.end - 1]!.end }
      : null,
    attributedTo: speaker,
    speakerInferred: !!inferred,
    score: 0
  }
  if (unit.quote) pending.push({ suggestion, quote: unit.quote, fallback: tracker.lastQuoteSpeaker?.name ?? '' })
  else if ((!speaker || inferred) && (model || onUnnamed) && !narratorsOwn(toks, unit, cue)) {
    // no stated speaker: the model's guess among the unit's noun phrases (the subject rule's pick one of them), if sure enough
    const from = toks.findIndex((t) => t.start >= unit.start)
    let to = Math.max(from, 0)
    while (to < toks.length && toks[to]!.end <= unit.end) to++
    const candidates = from < 0 ? [] : speakerCandidates(toks, from, to, tracker, cue?.start ?? -1, inferred)
    onUnnamed?.(suggestion, candidates)
    const guess = model ? cleanSpeaker(guessSpeaker(model, candidates)) : ''
    if (guess) Object.assign(suggestion, { attributedTo: guess, speakerInferred: true })
    speaker = suggestion.attributedTo
  }
  suggestion.score = Number(scoreOf(cue, speaker || (unit.quote ? 'quoted' : ''), toks).toFixed(2))
  return suggestion
}
