import { describe, expect, it } from 'vitest'
import { CONCEPT_LEXICON } from './concept-lexicon.ts'
import { conceptOf, conceptOfPair } from './concepts.ts'

describe('the concept lexicon', () => {
  it('puts each word in one concept only', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [concept, words] of Object.entries(CONCEPT_LEXICON)) {
      for (const w of words) {
        if (seen.has(w) && seen.get(w) !== concept) twice.push(`${w}: ${seen.get(w)} and ${concept}`)
        seen.set(w, concept)
      }
    }
    expect(twice).toEqual([])
  })

  it('maps words by surface or dictionary form, and adjacent pairs', () => {
    const t = (norm: string, lemma = norm) => ({ norm, lemma })
    expect(conceptOf(t('jets', 'jet'))).toBe('aircraft')
    expect(conceptOf(t('aircraft'))).toBe('aircraft')
    expect(conceptOf(t('armed'))).toBe('weapon')
    expect(conceptOf(t('munitions', 'munition'))).toBe('weapon')
    expect(conceptOf(t('soldiers', 'soldier'))).toBe(conceptOf(t('troops')))
    expect(conceptOfPair(t('air'), t('base'))).toBe('base')
    expect(conceptOf(t('library'))).toBeNull()
  })
})
