import { describe, expect, it } from 'vitest'
import { canonicalText, contentHash } from './canonical-text.ts'
import { parseTextReport } from './text-report.ts'

describe('reading a plain-text report', () => {
  it('takes the first line as the title when a blank line follows it', () => {
    expect(parseTextReport('Port strike enters second week\n\nThe strike at Halden…\nSecond para.', 'x.txt')).toEqual({
      title: 'Port strike enters second week',
      body: 'The strike at Halden…\nSecond para.'
    })
  })

  it('uses the file name as the title otherwise', () => {
    expect(parseTextReport('One line only.\nAnother line.', 'dir/field-notes.md')).toEqual({
      title: 'field-notes',
      body: 'One line only.\nAnother line.'
    })
  })

  it('drops a Markdown heading mark from the title', () => {
    expect(parseTextReport('# Heading\n\nBody', 'a.md').title).toBe('Heading')
  })
})

describe('the canonical text', () => {
  it('normalises line ends, BOM, trailing spaces and Unicode composition', () => {
    const decomposed = '\uFEFFCafe\u0301 report  \r\nline two\rline three\n\n\n\nend'
    expect(canonicalText(decomposed)).toBe('Café report\nline two\nline three\n\nend')
  })

  it('keeps non-Latin scripts and emoji intact', () => {
    const s = '서울 발표 — بيان رسمي 🚀 נ'
    expect(canonicalText(s)).toBe(s)
  })

  it('gives the same hash to the same text however its line ends were written', () => {
    expect(contentHash(canonicalText('a\r\nb'))).toBe(contentHash(canonicalText('a\nb\n')))
  })
})
