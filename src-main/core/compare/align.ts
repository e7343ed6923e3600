/** Two claims put side by side (indices into the left and right lists), or a claim with no counterpart. */
export interface Alignment {
  left: number | null
  right: number | null
  similarity: number | null
}

/**
 * Pairs the claims of two reports from their similarity matrix.
 *
 * Best match per side, not one-to-one: each claim is paired with its most
 * similar claim on the other side when that reaches the threshold, and the pairs
 * of both directions are kept. Reports summarize differently: one sentence of one
 * report often answers two of the other ("10,000 soldiers were being readied" and
 * "at least 3,000 soldiers moved" both meet "about 11,000 soldiers are in Kursk"),
 * and a one-to-one matching would hide one of those two disagreements. Besides
 * the best matches, `alsoPair` may keep more pairs (claims
 * giving figures for the same thing always meet, so no figure conflict is hidden
 * behind a better wording match; the caller sets how similar those must be). A
 * claim in no pair is "only left"/"only right".
 */
export function align(
  sim: number[][],
  rightCount: number,
  threshold: number,
  alsoPair: (i: number, j: number, similarity: number) => boolean = () => false
): Alignment[] {
  const edges = new Map<string, Alignment>()
  const add = (i: number, j: number): void => void edges.set(`${i}:${j}`, { left: i, right: j, similarity: sim[i]![j]! })
  const best = (values: number[]): number => values.reduce((b, v, k) => (v > values[b]! ? k : b), 0)
  sim.forEach((row, i) => {
    if (row.length === 0) return
    const j = best(row)
    if (row[j]! >= threshold) add(i, j)
    row.forEach((s, k) => s > 0 && alsoPair(i, k, s) && add(i, k))
  })
  // each column's best, the first of its highest (as `best` reads a row), in one pass over the rows
  const top = new Array<number>(rightCount).fill(0)
  for (let i = 1; i < sim.length; i++) for (let j = 0; j < rightCount; j++) if (sim[i]![j]! > sim[top[j]!]![j]!) top[j] = i
  for (let j = 0; j < rightCount && sim.length > 0; j++) if (sim[top[j]!]![j]! >= threshold) add(top[j]!, j)
  const pairs = [...edges.values()]
  const pairedLeft = new Set(pairs.map((p) => p.left))
  const pairedRight = new Set(pairs.map((p) => p.right))
  const out: Alignment[] = [...pairs]
  sim.forEach((_, i) => pairedLeft.has(i) || out.push({ left: i, right: null, similarity: null }))
  for (let j = 0; j < rightCount; j++) if (!pairedRight.has(j)) out.push({ left: null, right: j, similarity: null })
  return out.sort((a, b) => (a.left ?? Infinity) - (b.left ?? Infinity) || (a.right ?? Infinity) - (b.right ?? Infinity))
}
