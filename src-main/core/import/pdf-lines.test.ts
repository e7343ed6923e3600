import { describe, expect, it } from 'vitest'
import { pdfLines, pdfParagraphs, type PdfTextItem } from './pdf-lines.ts'

/** Text set in 11 pt lines 13 pt apart, 300 pt wide at most. */
const item = (str: string, y: number, x = 50, fontSize = 11): PdfTextItem => ({ str, x, y, width: str.length * 5, fontSize })

describe('rebuilding lines from PDF text pieces', () => {
  it('joins pieces on one baseline, adding a space only where the gap shows one', () => {
    const lines = pdfLines([
      item('There is', 700),
      item('evidence', 700, 50 + 8 * 5 + 3),
      item('.', 700, 50 + 8 * 5 + 3 + 40),
      item('Next', 687)
    ])
    expect(lines.map((l) => l.text)).toEqual(['There is evidence.', 'Next'])
  })

  it('ignores empty pieces and collapses runs of spaces', () => {
    expect(pdfLines([item('', 700), item('a   b', 700), item(' ', 690)]).map((l) => l.text)).toEqual(['a b'])
  })
})

describe('rebuilding paragraphs', () => {
  /** a line as wide as the text column, ending in `s` */
  const full = (s: string) => 'x '.repeat(25) + s

  it('joins wrapped lines and ends a paragraph at a short line that ends a sentence', () => {
    const lines = pdfLines([item(full('The strike'), 700), item('ended today.', 687), item(full('Talks'), 674), item('resume.', 661)])
    expect(pdfParagraphs(lines).map((p) => p.text)).toEqual([`${full('The strike')} ended today.`, `${full('Talks')} resume.`])
  })

  it('ends a paragraph at a wider gap or a change of font size', () => {
    const lines = pdfLines([item('Headline', 720, 50, 20), item(full('Body one'), 700), item('goes on', 687), item('After a gap', 650)])
    expect(pdfParagraphs(lines).map((p) => p.text)).toEqual(['Headline', `${full('Body one')} goes on`, 'After a gap'])
  })

  it('keeps a hyphen at a line end and joins the next line to it without a space', () => {
    const lines = pdfLines([item(full('a well-'), 700), item('known fact', 687)])
    expect(pdfParagraphs(lines)[0]!.text).toMatch(/-known fact$/)
  })
})
