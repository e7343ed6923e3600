import { describe, expect, it } from 'vitest'
import { paragraphs } from './paragraphs.ts'
import { claimsByParagraph, paragraphAt } from './paragraph-claims.ts'

const body = 'First one.\nSecond paragraph here.\n\nThird.'
const paras = paragraphs(body)

describe('claims by paragraph', () => {
  it('finds the paragraph of an offset', () => {
    expect(paragraphAt(paras, 0)).toBe(0)
    expect(paragraphAt(paras, body.indexOf('Second') + 3)).toBe(1)
    expect(paragraphAt(paras, body.length - 1)).toBe(2)
  })

  it('gives each paragraph the claims that touch it, a claim across two in both', () => {
    const a = { id: 1, start: 0, end: 5 }
    const across = { id: 2, start: body.indexOf('one'), end: body.indexOf('paragraph') }
    const last = { id: 3, start: body.indexOf('Third'), end: body.length }
    expect(claimsByParagraph(paras, [a, across, last]).map((cs) => cs.map((c) => c.id))).toEqual([[1, 2], [2], [3]])
  })

  it('matches filtering every claim for every paragraph', () => {
    const claims = Array.from({ length: 200 }, (_, i) => {
      const start = (i * 7) % body.length
      return { id: i, start, end: Math.min(body.length, start + 1 + (i % 13)) }
    })
    const slow = paras.map((p) => claims.filter((c) => c.start < p.start + p.text.length && c.end > p.start))
    expect(claimsByParagraph(paras, claims)).toEqual(slow)
  })
})
