import type { ClaimFeatures } from './claim-features.ts'
import { cosine, tfidfVectors } from './tfidf.ts'

/** Claims at or above this similarity speak of the same thing (tuned on the sample reports and the pairs in compare-pairs.test.ts). */
export const SAME_THING = 0.25
/** Claims giving figures for the same thing are paired from this similarity on, if they share more than the thing counted. */
export const SAME_FIGURES = 0.15

/** Do both claims give figures for the same thing, and share some other word or name (where, who, what happened)? */
export function sameFigures(l: ClaimFeatures, r: ClaimFeatures): boolean {
  if (l.quantities.length === 0 || r.quantities.length === 0) return false
  const subjects = new Set(l.quantities.map((q) => q.subject).filter((s): s is string => s !== null))
  const common = r.quantities.map((q) => q.subject).filter((s): s is string => s !== null && subjects.has(s))
  if (common.length === 0) return false
  const other = new Set(l.senses.filter((s) => !common.includes(s)))
  return r.senses.some((s) => other.has(s))
}

/**
 * How much two claims speak of the same thing, 0 to 1: the TF-IDF cosine of what
 * they are about (concepts, words, entities; the IDF taken over every claim of
 * both reports, so what all of them mention counts little), plus
 *  - 0.1 when both give figures for the same thing (the numbers' subjects) and
 *    share something else, and
 *  - 0.1 when both say they do not yet know (two open questions on shared words
 *    are most likely the same open question: "whether the jets are armed" /
 *    "whether the aircraft carried live munitions").
 * The bonuses only lift claims that already share some content. Only the pairs that share a sense are scored: the
 * cosine of the others is 0 (most pairs of two long reports).
 */
export function similarityMatrix(left: ClaimFeatures[], right: ClaimFeatures[]): number[][] {
  const vectors = tfidfVectors([...left, ...right].map((f) => f.senses))
  const withSense = new Map<string, number[]>()
  right.forEach((_, j) => {
    for (const sense of vectors[left.length + j]!.keys()) {
      const known = withSense.get(sense)
      if (known) known.push(j)
      else withSense.set(sense, [j])
    }
  })
  return left.map((l, i) => {
    const row = new Array<number>(right.length).fill(0)
    const sharing = new Set<number>()
    for (const sense of vectors[i]!.keys()) for (const j of withSense.get(sense) ?? []) sharing.add(j)
    for (const j of sharing) {
      const r = right[j]!
      const cos = cosine(vectors[i]!, vectors[left.length + j]!)
      if (cos === 0) continue
      const sameSubject = sameFigures(l, r)
      const bothOpen = l.unit.confidence === 'do not yet know' && r.unit.confidence === 'do not yet know'
      row[j] = Math.min(1, cos + (sameSubject ? 0.1 : 0) + (bothOpen ? 0.1 : 0))
    }
    return row
  })
}
