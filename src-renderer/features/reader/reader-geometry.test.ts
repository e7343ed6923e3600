import { describe, expect, it } from 'vitest'
import { segments } from './segments.ts'
import { snapToWords } from './word-snap.ts'

describe('highlight segments', () => {
  const text = 'North Korea moved at least 3,000 soldiers into Russia.'
  it('leaves a paragraph without claims as one plain piece', () => {
    expect(segments(text, 100, [])).toEqual([{ start: 100, end: 100 + text.length, text, claims: [] }])
  })

  it('cuts overlapping claims into pieces that know every claim covering them', () => {
    const outer = { id: 1, start: 100, end: 100 + text.length, confidence: 'assess' }
    const inner = { id: 2, start: 127, end: 141, confidence: 'evidence' } // "3,000 soldiers"
    const pieces = segments(text, 100, [outer, inner])
    expect(pieces.map((p) => p.text)).toEqual(['North Korea moved at least ', '3,000 soldiers', ' into Russia.'])
    expect(pieces.map((p) => p.claims.map((c) => c.id))).toEqual([[1], [2, 1], [1]])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
  })

  it('marks the cue phrase inside a suggestion so the analyst sees why it was tagged', () => {
    const s = { id: -1, start: 100, end: 100 + text.length, confidence: 'evidence', suggested: true, cueSpan: { start: 112, end: 117 } } // "moved"
    const pieces = segments(text, 100, [s])
    expect(pieces.map((p) => [p.text, !!p.cue])).toEqual([
      ['North Korea ', false],
      ['moved', true],
      [' at least 3,000 soldiers into Russia.', false]
    ])
  })

  it('clips a claim that runs over into the next paragraph', () => {
    const pieces = segments(text, 100, [{ id: 3, start: 80, end: 105, confidence: null }])
    expect(pieces[0]).toMatchObject({ text: 'North', claims: [{ id: 3 }] })
  })
})

describe('snapping a selection to whole words', () => {
  const body = 'We assess that Moscow plans to use the troops.'
  it('takes in the rest of words cut by the selection', () => {
    const s = body.indexOf('sess')
    expect(body.slice(...(Object.values(snapToWords(body, s, body.indexOf('Mosc') + 3)!) as [number, number]))).toBe('assess that Moscow')
  })

  it('drops whitespace at the ends and refuses a blank selection', () => {
    expect(snapToWords(body, 2, 10)).toEqual({ start: 3, end: 9 })
    expect(snapToWords(body, 2, 3)).toBeNull()
  })

  it('keeps punctuation that was selected', () => {
    const end = body.length
    expect(body.slice(snapToWords(body, body.indexOf('troops'), end)!.start)).toBe('troops.')
  })
})
