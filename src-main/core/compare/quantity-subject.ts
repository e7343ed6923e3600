import { termsIn, type Term } from './analyze.ts'
import { senseOf } from './concepts.ts'

export interface Subject {
  /** what is compared: a concept ("~troops") or a dictionary form */
  key: string
  /** the noun phrase as written: "North Korean soldiers" */
  text: string | null
  /** body offset where the noun phrase ends */
  end: number
}

const FUNCTION_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'Copula',
  'Auxiliary',
  'Modal',
  'Pronoun',
  'Adverb',
  'Date',
  'Value',
  'QuestionWord',
  'There',
  'Negative'
]
const isFunction = (t: Term): boolean =>
  FUNCTION_TAGS.some((tag) => t.tags.has(tag)) || /^(of|per|a|an|the|and|or|to|in|on|at|by|for|from|with|into|now|more|than)$/.test(t.norm)
const isNounish = (t: Term): boolean =>
  !isFunction(t) && (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('ProperNoun')) && !t.tags.has('Verb')
const TIME_UNIT = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/
const TALLY = /^(number|total|count|tally|toll|estimate|figure)$/
const PARTITIVE_HEAD = /^(the|these|those|its|their|his|her|our)$/

/** The noun phrase starting at terms[j]: its words up to the head noun. */
function nounPhrase(terms: Term[], j: number): Term[] {
  const first = terms[j]
  if (first && TIME_UNIT.test(first.norm)) return [first] // "three weeks", "nine days": tagged as dates, still what is counted
  if (!first || isFunction(first) || (first.tags.has('Verb') && !first.tags.has('Noun') && !/s$/.test(first.norm))) return []
  const run = [first] // the first word after a figure is the thing counted even when mis-tagged ("a dozen ships")
  for (let k = j + 1; k < terms.length && run.length < 5 && terms[k]!.sentence === first.sentence && isNounish(terms[k]!); k++)
    run.push(terms[k]!)
  while (run.length > 1 && !run.at(-1)!.tags.has('Noun')) run.pop()
  return run
}

const subjectFrom = (body: string, run: Term[]): Subject | null =>
  run.length === 0 ? null : { key: senseOf(run.at(-1)!), text: body.slice(run[0]!.start, run.at(-1)!.end), end: run.at(-1)!.end }

/**
 * What a figure counts. The noun phrase right after it ("3,000 North Korean
 * soldiers", "twelve airframes"); after "of" a partitive ("40% of voters"), but
 * none for "of them" (a part of a group counted elsewhere); with nothing after
 * it, a tally it is given for ("put the toll at 40"), the noun of "the number of …" before it ("put the number of soldiers at
 * roughly 10,000") or a plural noun just before it ("casualties rose to 300").
 */
export function subjectOf(body: string, terms: Term[], figureStart: number, figureEnd: number): Subject | null {
  const sentenceTerms = termsIn(terms, figureStart, figureStart + 1)
  const sentence = sentenceTerms[0]?.sentence
  const j = terms.findIndex((t) => t.start >= figureEnd)
  if (j >= 0 && terms[j]!.sentence === sentence) {
    if (terms[j]!.norm === 'of') {
      let k = j + 1
      if (terms[k]?.tags.has('Pronoun')) return null
      while (terms[k] && PARTITIVE_HEAD.test(terms[k]!.norm)) k++
      return subjectFrom(body, nounPhrase(terms, k))
    }
    const forward = subjectFrom(body, nounPhrase(terms, j))
    if (forward) return forward
  }
  let i = terms.findIndex((t) => t.start >= figureStart)
  if (i < 0) i = terms.length
  for (let k = i - 1; k >= 0 && terms[k]!.sentence === sentence; k--) {
    if (TALLY.test(terms[k]!.norm) && terms[k + 1]?.norm === 'of') {
      let m = k + 2
      while (terms[m] && PARTITIVE_HEAD.test(terms[m]!.norm)) m++
      return subjectFrom(body, nounPhrase(terms, m))
    }
    // "puts the toll at 40", "the death toll stood at 40": the tally itself is what is counted
    if (TALLY.test(terms[k]!.norm) && k >= i - 4 && terms.slice(k + 1, i).some((t) => t.norm === 'at'))
      return { key: senseOf(terms[k]!), text: terms[k]!.text, end: figureEnd }
  }
  for (let k = i - 1; k >= Math.max(0, i - 6) && terms[k]!.sentence === sentence; k--) {
    if (terms[k]!.tags.has('Plural') && terms[k]!.tags.has('Noun') && !terms[k]!.tags.has('Pronoun'))
      return { key: senseOf(terms[k]!), text: terms[k]!.text, end: figureEnd }
  }
  return null
}
