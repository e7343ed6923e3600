/** A claim as agreement sees it: whose, where in its article, which tag and speaker. */
export interface CodedClaim {
  id: string
  analyst: string
  start: number
  end: number
  confidence: string | null
  attributedTo: string
}

/** Claims of different analysts taken to mark the same thing: at most one claim per analyst. */
export interface Unit {
  claims: CodedClaim[]
  start: number
  end: number
}

const overlap = (a: CodedClaim, b: CodedClaim): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** Overlap over union of two spans (0 when they do not touch). */
export function spanJaccard(a: CodedClaim, b: CodedClaim): number {
  const shared = overlap(a, b)
  return shared === 0 ? 0 : shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start))
}

/**
 * Groups one article's claims into units by overlapping spans: pairs of claims
 * by different analysts are joined best overlap first, as long as a unit keeps
 * at most one claim per analyst. A claim that overlaps no one else's stays a
 * unit of its own (an unmatched claim). Deterministic: ties go by claim id.
 */
export function matchSpans(claims: readonly CodedClaim[]): Unit[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1))
  const pairs: { i: number; j: number; score: number }[] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < sorted[i]!.end; j++) {
      if (sorted[i]!.analyst === sorted[j]!.analyst) continue
      const score = spanJaccard(sorted[i]!, sorted[j]!)
      if (score > 0) pairs.push({ i, j, score })
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)
  const parent = sorted.map((_, i) => i)
  const members = sorted.map((c) => new Set([c.analyst]))
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  for (const { i, j } of pairs) {
    const [a, b] = [root(i), root(j)]
    if (a === b) continue
    if ([...members[b]!].some((analyst) => members[a]!.has(analyst))) continue
    parent[b] = a
    for (const analyst of members[b]!) members[a]!.add(analyst)
  }
  const groups = new Map<number, CodedClaim[]>()
  sorted.forEach((c, i) => {
    const r = root(i)
    groups.set(r, [...(groups.get(r) ?? []), c])
  })
  return [...groups.values()].map((group) => ({
    claims: group.sort((a, b) => (a.analyst < b.analyst ? -1 : 1)),
    start: Math.min(...group.map((c) => c.start)),
    end: Math.max(...group.map((c) => c.end))
  }))
}
