/** A claim as the reader needs it to draw a highlight. */
export interface Span {
  id: number
  start: number
  end: number
  confidence: string | null
  suggested?: boolean
}

export interface Segment {
  start: number
  end: number
  text: string
  /** Claims covering this piece, innermost (shortest) first. */
  claims: Span[]
}

/**
 * Cuts a paragraph [from, from + text.length) into pieces at every claim
 * boundary, so overlapping claims each stay visible. Pieces covered by no claim
 * are plain text.
 */
export function segments(text: string, from: number, claims: Span[]): Segment[] {
  const to = from + text.length
  const inside = claims.filter((c) => c.start < to && c.end > from)
  if (inside.length === 0) return [{ start: from, end: to, text, claims: [] }]
  const cuts = new Set<number>([from, to])
  for (const c of inside) {
    cuts.add(Math.max(from, c.start))
    cuts.add(Math.min(to, c.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const covering = inside.filter((c) => c.start <= a && c.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start) || x.id - y.id)
    out.push({ start: a, end: b, text: text.slice(a - from, b - from), claims: covering })
  }
  return out
}
