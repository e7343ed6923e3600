/** A claim as the reader needs it to draw a highlight. */
export interface Span {
  id: number
  start: number
  end: number
  confidence: string | null
  suggested?: boolean
  /** The cue phrase that set a suggestion's tag, shown inside its highlight. */
  cueSpan?: { start: number; end: number } | null
}

export interface Segment {
  start: number
  end: number
  text: string
  /** Claims covering this piece, innermost (shortest) first. */
  claims: Span[]
  /** Inside the cue phrase of a covering suggestion. */
  cue?: boolean
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
  const clip = (n: number) => Math.min(to, Math.max(from, n))
  for (const c of inside) {
    cuts.add(clip(c.start))
    cuts.add(clip(c.end))
    if (c.cueSpan) {
      cuts.add(clip(c.cueSpan.start))
      cuts.add(clip(c.cueSpan.end))
    }
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const covering = inside.filter((c) => c.start <= a && c.end >= b).sort((x, y) => x.end - x.start - (y.end - y.start) || x.id - y.id)
    const cue = covering.some((c) => c.cueSpan && c.cueSpan.start <= a && c.cueSpan.end >= b)
    out.push({ start: a, end: b, text: text.slice(a - from, b - from), claims: covering, ...(cue ? { cue } : {}) })
  }
  return out
}
