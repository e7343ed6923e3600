import { describe, expect, it } from 'vitest'
import { generateCorpus, generateParagraph } from './corpus-generator.ts'

describe('the bench corpus generator', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = [...generateCorpus(20, 1)].map((x) => x.body)
    expect([...generateCorpus(20, 1)].map((x) => x.body)).toEqual(a)
    expect([...generateCorpus(20, 2)].map((x) => x.body)).not.toEqual(a)
  })

  it('makes 1–5 KB reports whose sentence spans index into the body', () => {
    for (const art of generateCorpus(200, 3)) {
      expect(art.body.length).toBeGreaterThanOrEqual(1000)
      expect(art.body.length).toBeLessThan(5400)
      for (const s of art.sentences) expect(art.body.slice(s.start, s.end)).toBe(s.text)
    }
  })

  it('mixes all three tags, untagged statements and numbers', () => {
    const tags = new Set([...generateCorpus(50, 4)].flatMap((a) => a.sentences.map((s) => s.confidence)))
    expect(tags).toEqual(new Set(['evidence', 'assess', 'do not yet know', null]))
    const p = generateParagraph(200_000)
    expect(p.length).toBeGreaterThanOrEqual(200_000)
    expect(p).not.toContain('\n')
  })
})
