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

  it("gives, without compromise's post-tagger, the words, names, numbers, negations and dictionary forms the comparison reads", () => {
    const terms = analyzeBody("Minister Anna Berg said the soldiers carried 3,000 rifles and can't leave Belmora.")
    const at = (text: string) => terms.find((t) => t.text === text)!
    expect(at('Anna').tags.has('ProperNoun')).toBe(true)
    expect(at('Belmora').tags.has('ProperNoun') || at('Belmora').tags.has('Noun')).toBe(true)
    expect(at('3,000').tags.has('Value')).toBe(true)
    expect([at('soldiers').lemma, at('carried').lemma]).toEqual(['soldier', 'carry'])
    expect(terms.some((t) => t.norm === 'not' && t.tags.has('Negative'))).toBe(true)
    expect(at('said').tags.has('Verb')).toBe(true)
  })
})
