/** A sparse vector: feature → weight. */
export type Vector = Map<string, number>

/**
 * TF-IDF vectors for a set of documents (here: every claim of both reports),
 * L2-normalized so their dot product is the cosine. Smoothed IDF,
 * ln((1 + n) / (1 + df)) + 1, so a feature in every document still counts a little.
 */
export function tfidfVectors(docs: string[][]): Vector[] {
  const df = new Map<string, number>()
  for (const doc of docs) for (const f of new Set(doc)) df.set(f, (df.get(f) ?? 0) + 1)
  const n = docs.length
  return docs.map((doc) => {
    const v: Vector = new Map()
    for (const f of doc) v.set(f, (v.get(f) ?? 0) + 1)
    let norm = 0
    for (const [f, tf] of v) {
      const w = tf * (Math.log((1 + n) / (1 + df.get(f)!)) + 1)
      v.set(f, w)
      norm += w * w
    }
    norm = Math.sqrt(norm)
    if (norm > 0) for (const [f, w] of v) v.set(f, w / norm)
    return v
  })
}

/** Cosine of two normalized vectors, 0 to 1. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [f, w] of small) dot += w * (large.get(f) ?? 0)
  return dot
}
