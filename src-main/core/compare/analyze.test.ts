import { describe, expect, it } from 'vitest'
import { analyzeBody } from './analyze.ts'

describe('analyzeBody', () => {
  it('tags a text compared again only once (the terms of the last texts are kept)', () => {
    const text = 'The ministry said 300 soldiers crossed the border on Monday.'
    const first = analyzeBody(text)
    expect(analyzeBody(`${text} `)).not.toBe(first)
    expect(analyzeBody(text)).toBe(first)
    expect(first.map((t) => t.text)).toEqual(['The', 'ministry', 'said', '300', 'soldiers', 'crossed', 'the', 'border', 'on', 'Monday'])
  })

  it('forgets the oldest texts past its bound', () => {
    const first = analyzeBody('Officials in Halden counted 40 ships.')
    for (let i = 0; i < 20; i++) analyzeBody(`Report number ${i} names nobody.`)
    expect(analyzeBody('Officials in Halden counted 40 ships.')).not.toBe(first)
  })
})
