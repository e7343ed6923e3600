import type { Term } from './analyze.ts'
import { termsIn } from './analyze.ts'
import type { ClaimUnit } from './claim-units.ts'
import { conceptOfPair, senseOf } from './concepts.ts'
import { datesIn, type DateMention } from './dates.ts'
import type { EntityMention } from './entities.ts'
import { polarityOf, type PolarityReading } from './polarity.ts'
import { quantitiesIn, type Quantity } from './quantities.ts'
import { isStopword } from './stopwords.ts'
import { MONTHS, WEEKDAYS } from '../suggest/word-classes.ts'
import { isSpeechVerb } from '../suggest/frames.ts'

/** Everything the alignment and the conflict checks read from one claim. */
export interface ClaimFeatures {
  unit: ClaimUnit
  /** what it is about, for the lexical similarity: concepts ("~aircraft"), dictionary forms, entities ("@russia") */
  senses: string[]
  /** the same, with the body offset each comes from and whether it is a verb of what happened (not of reporting it) */
  placed: { sense: string; start: number; verb: boolean }[]
  entities: EntityMention[]
  quantities: Quantity[]
  dates: DateMention[]
  polarity: PolarityReading
}

// dates are compared on their own (conflicts.ts), so "Monday" or "October" does not make two claims alike
const isContent = (t: Term): boolean =>
  /\p{L}/u.test(t.text) &&
  t.norm.length > 1 &&
  !isStopword(t.norm) &&
  !isStopword(t.lemma) &&
  !MONTHS.has(t.norm) &&
  !WEEKDAYS.has(t.norm) &&
  !t.tags.has('Value') &&
  !t.tags.has('Pronoun')

/** A verb of reporting or finding ("said", "the Post found") frames a claim; it is not what the claim says happened. */
const FINDING = /^(find|finds|found|show|shows|showed|shown)$/
const isContentVerb = (t: Term): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !isSpeechVerb(t.norm) && !FINDING.test(t.norm)

/** The article-level analysis a claim's features are cut from. */
export interface ArticleAnalysis {
  body: string
  published: string | null
  terms: Term[]
  entities: EntityMention[]
}

/** What a claim's own article tells of it, whatever report it is compared with (so it is read once per article). */
export type OwnFeatures = Pick<ClaimFeatures, 'quantities' | 'dates' | 'polarity'>

export function ownFeatures(a: Omit<ArticleAnalysis, 'entities'>, unit: ClaimUnit): OwnFeatures {
  return {
    quantities: quantitiesIn(a.body, a.terms, unit.start, unit.end),
    dates: datesIn(a.body, unit.start, unit.end, a.published),
    polarity: polarityOf(termsIn(a.terms, unit.start, unit.end), unit.confidence)
  }
}

/** A claim's features: its own (ownFeatures) and what it is about, which reads the names both reports give. */
export function claimFeatures(a: ArticleAnalysis, unit: ClaimUnit, own: OwnFeatures = ownFeatures(a, unit)): ClaimFeatures {
  const terms = termsIn(a.terms, unit.start, unit.end)
  const entities = a.entities.filter((e) => e.start >= unit.start && e.end <= unit.end)
  const inEntity = (t: Term): boolean => entities.some((e) => t.start >= e.start && t.end <= e.end)
  const inCue = (t: Term): boolean => !!unit.cue && t.start >= unit.cue.start && t.end <= unit.cue.end
  const placed = entities.map((e) => ({ sense: `@${e.key}`, start: e.start, verb: false }))
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    if (inCue(t) || inEntity(t)) continue
    const pair = terms[i + 1] && !inEntity(terms[i + 1]!) ? conceptOfPair(t, terms[i + 1]!) : null
    if (pair) {
      placed.push({ sense: `~${pair}`, start: t.start, verb: false })
      i++
    } else if (isContent(t)) placed.push({ sense: senseOf(t), start: t.start, verb: isContentVerb(t) })
  }
  return { unit, senses: placed.map((p) => p.sense), placed, entities, ...own }
}
