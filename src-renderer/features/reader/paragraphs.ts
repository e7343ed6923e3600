export interface Paragraph {
  /** Offset of the paragraph's first character in the article body. */
  start: number
  text: string
}

/** Splits the canonical body at line breaks, keeping each paragraph's offset so highlights can be placed by body offsets. */
export function paragraphs(body: string): Paragraph[] {
  const out: Paragraph[] = []
  let start = 0
  for (const line of body.split('\n')) {
    if (line.trim()) out.push({ start, text: line })
    start += line.length + 1
  }
  return out
}
