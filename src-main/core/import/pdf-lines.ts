/** One piece of text on a PDF page, as pdf.js reports it (x, y: baseline origin in points, y grows upwards). */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  fontSize: number
}

export interface PdfLine {
  text: string
  y: number
  left: number
  right: number
  fontSize: number
}

/** Groups a page's items into visual lines: a new line starts when the baseline moves by more than ~40% of the font size. */
export function pdfLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let cur: PdfLine | undefined
  for (const it of items) {
    if (!it.str) continue
    const size = it.fontSize || 10
    if (cur && Math.abs(it.y - cur.y) <= 0.4 * Math.max(size, cur.fontSize)) {
      const gap = it.x - cur.right
      const spaced = /\s$/.test(cur.text) || /^\s/.test(it.str)
      if (!spaced && gap > 0.15 * size) cur.text += ' '
      cur.text += it.str
      cur.right = Math.max(cur.right, it.x + it.width)
      cur.left = Math.min(cur.left, it.x)
      cur.fontSize = Math.max(cur.fontSize, size)
    } else {
      cur = { text: it.str, y: it.y, left: it.x, right: it.x + it.width, fontSize: size }
      lines.push(cur)
    }
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim()
  return lines.filter((l) => l.text)
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor(s.length / 2)]! : 0
}

export interface PdfParagraph {
  text: string
  fontSize: number
}

/**
 * Joins visual lines into paragraphs. A paragraph ends where the gap to the next
 * line is clearly wider than usual, the font size changes, the text jumps up (a
 * new column), or a line ends a sentence well short of the right margin. Lines
 * within a paragraph are joined by a space (after a hyphen, by nothing; the hyphen stays).
 */
export function pdfParagraphs(lines: PdfLine[]): PdfParagraph[] {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i]!.y - l.y)
    .filter((g) => g > 0)
  const usualGap = median(gaps)
  const left = Math.min(...lines.map((l) => l.left))
  const right = Math.max(...lines.map((l) => l.right))
  const out: PdfParagraph[] = []
  let para: PdfParagraph | undefined
  let prev: PdfLine | undefined
  for (const line of lines) {
    const gap = prev ? prev.y - line.y : 0
    const breaks =
      !prev ||
      !para ||
      gap <= 0 ||
      gap > Math.max(usualGap * 1.45, prev.fontSize * 0.5) ||
      Math.abs(line.fontSize - prev.fontSize) > 0.15 * prev.fontSize ||
      (prev.right < right - 0.15 * (right - left) && /[.!?:;"”’»)]$/.test(prev.text))
    if (breaks) {
      para = { text: line.text, fontSize: line.fontSize }
      out.push(para)
    } else {
      para!.text += /\p{L}-$/u.test(para!.text) ? line.text : ' ' + line.text
    }
    prev = line
  }
  return out
}
