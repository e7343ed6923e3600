export interface Segment {
  text: string
  hit: boolean
}

/** Splits text at the highlighted ranges (as the search call returns them), for rendering as text nodes and <mark>s. */
export function segments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [rawStart, rawEnd] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(rawStart, text.length))
    const end = Math.min(text.length, rawEnd)
    if (end <= start) continue
    if (start > at) out.push({ text: text.slice(at, start), hit: false })
    out.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false })
  return out
}
