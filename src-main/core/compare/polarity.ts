import type { Confidence } from '../../contract/common.ts'
import type { Term } from './analyze.ts'

export type Polarity = 'affirms' | 'denies' | 'open'

export interface PolarityReading {
  polarity: Polarity
  /** the words that make it a denial ("denied", "no evidence"), or '' */
  cue: string
  /** body offset where what is denied begins (after the first negation), or null */
  scope: number | null
}

const NEGATORS = /^(not|no|never|none|nobody|nothing|neither|nor|without)$/
const DENIALS =
  /^(deny|denies|denied|denying|denial|reject|rejects|rejected|dismiss|dismisses|dismissed|refute|refutes|refuted|false|untrue|baseless|unfounded)$/
const OPEN = /^(whether|if)$/
const UNKNOWING = /^(know|known|unclear|sure|establish|determine|say|clear)$/

/**
 * Whether a claim affirms or denies what it is about. "Open" for a claim that
 * says it does not yet know (its "not" belongs to the tag, and "whether …"
 * asserts nothing); otherwise a claim with an odd number of negations
 * ("do not believe any troops have reached", "denied that any aircraft had been
 * deployed", "there is no evidence of") denies, and any other claim affirms.
 */
export function polarityOf(terms: Term[], confidence: Confidence | null): PolarityReading {
  if (confidence === 'do not yet know') return { polarity: 'open', cue: '', scope: null }
  if (confidence === null && terms.some((t) => OPEN.test(t.norm)) && terms.some((t) => UNKNOWING.test(t.lemma)))
    return { polarity: 'open', cue: '', scope: null }
  const negations = terms.filter((t) => NEGATORS.test(t.norm) || DENIALS.test(t.norm))
  // count each word once (a contraction yields "can" + a hidden "not" at one place); "did not deny" cancels out
  const distinct = negations.filter((t, k) => negations.findIndex((u) => u.start === t.start && u.norm === t.norm) === k)
  if (distinct.length % 2 === 0) return { polarity: 'affirms', cue: '', scope: null }
  const first = distinct[0]!
  const next = terms[terms.indexOf(first) + 1]
  return { polarity: 'denies', cue: first.norm === 'no' && next ? `${first.text} ${next.text}` : first.text, scope: first.end }
}
