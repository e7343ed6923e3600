import type { Term } from './analyze.ts'
import { CONCEPT_LEXICON } from './concept-lexicon.ts'

const single = new Map<string, string>()
const double = new Map<string, string>()
for (const [concept, words] of Object.entries(CONCEPT_LEXICON)) {
  for (const w of words) (w.includes(' ') ? double : single).set(w, concept)
}

/** The concept of one word (by its surface form, then its dictionary form), or null. */
export function conceptOf(t: Pick<Term, 'norm' | 'lemma'>): string | null {
  return single.get(t.norm) ?? single.get(t.lemma) ?? null
}

/** The concept of two adjacent words ("air base", "death toll"), or null. */
export function conceptOfPair(a: Pick<Term, 'norm' | 'lemma'>, b: Pick<Term, 'norm' | 'lemma'>): string | null {
  return double.get(`${a.norm} ${b.norm}`) ?? double.get(`${a.norm} ${b.lemma}`) ?? null
}

/** What a word stands for when claims are compared: its concept if it has one, else its dictionary form. */
export const senseOf = (t: Pick<Term, 'norm' | 'lemma'>): string => {
  const c = conceptOf(t)
  return c ? `~${c}` : t.lemma
}
