import type { Token } from './tokens.ts'
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './word-classes.ts'

export interface Features {
  quantity: boolean
  date: boolean
  named: boolean
}

/**
 * What makes a cue-free sentence worth proposing as an untagged claim: a
 * quantity ("3,000 soldiers", "nine days"), a date ("in June", "on Monday",
 * "2019") or a named actor (a capitalised name past the first word).
 */
export function claimFeatures(toks: Token[]): Features {
  const words = toks.filter((t) => t.kind !== 'punct')
  return {
    quantity:
      toks.some((t) => t.kind === 'num' && !/^(1[89]|20)\d\d$/.test(t.norm)) ||
      words.some((t) => NUMBER_WORDS.has(t.norm) && t.norm !== 'one'),
    date:
      words.some((t) => MONTHS.has(t.norm) && t.cap && t.norm !== 'may') ||
      words.some((t) => WEEKDAYS.has(t.norm)) ||
      toks.some((t) => /^(1[89]|20)\d\d$/.test(t.norm)),
    named: words.slice(1).some((t) => t.cap)
  }
}

/** A statement long enough to be a claim and holding at least one feature. */
export function isCandidate(toks: Token[], f: Features): boolean {
  return toks.filter((t) => t.kind !== 'punct').length >= 6 && (f.quantity || f.date || f.named)
}
