import { describe, expect, it } from 'vitest'
import { analyzeBody } from './analyze.ts'

describe('analyzeBody', () => {
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
