import { describe, expect, it } from 'vitest'
import { agreementReport } from './agreement-report.ts'
import { matchSpans, type CodedClaim } from './span-match.ts'

let next = 0
const claim = (analyst: string, start: number, end: number, confidence: string | null, attributedTo = ''): CodedClaim => ({
  id: `c${++next}`,
  analyst,
  start,
  end,
  confidence,
  attributedTo
})

describe('span matching', () => {
  it('pairs overlapping spans of different analysts, best overlap first, one claim per analyst per unit', () => {
    const a1 = claim('ana', 0, 40, 'assess')
    const b1 = claim('ben', 5, 38, 'assess') // overlaps a1 well
    const b2 = claim('ben', 30, 60, 'evidence') // overlaps a1 a little, and a2
    const a2 = claim('ana', 45, 60, 'evidence')
    const lone = claim('ben', 100, 120, null)
    const units = matchSpans([lone, b2, a2, a1, b1])
    const ids = units.map((u) => u.claims.map((c) => c.id).sort())
    expect(ids).toContainEqual([a1.id, b1.id].sort())
    expect(ids).toContainEqual([a2.id, b2.id].sort())
    expect(ids).toContainEqual([lone.id])
    expect(units).toHaveLength(3)
  })

  it('never joins two claims of the same analyst, and touching spans (no shared character) stay apart', () => {
    const units = matchSpans([claim('ana', 0, 10, 'assess'), claim('ana', 5, 15, 'assess'), claim('ben', 15, 20, 'assess')])
    expect(units.every((u) => u.claims.length === 1)).toBe(true)
  })
})

describe('agreement report', () => {
  it('two analysts, one disagreement among four matched claims, one unmatched claim', () => {
    const article = [
      claim('ana', 0, 20, 'evidence'),
      claim('ben', 0, 20, 'evidence'),
      claim('ana', 30, 50, 'assess'),
      claim('ben', 32, 50, 'assess'),
      claim('ana', 60, 80, 'do not yet know'),
      claim('ben', 60, 80, 'do not yet know'),
      claim('ana', 90, 99, 'assess'),
      claim('ben', 90, 99, 'evidence'),
      claim('ana', 200, 220, 'assess')
    ]
    const r = agreementReport([article])
    expect(r.analysts).toEqual(['ana', 'ben'])
    expect(r.matched).toBe(4)
    expect(r.unmatched).toBe(1)
    expect(r.percent).toBe(75)
    // po = 3/4; ana: E1 A2 D1, ben: E2 A1 D1 → pe = (1·2 + 2·1 + 1·1)/16 = 5/16; κ = (12/16 − 5/16)/(11/16) = 7/11
    expect(r.cohenKappa).toBeCloseTo(7 / 11, 3)
    // coincidences: E 3, A 3, D 2 (n = 8), disagreement 2 → α = 1 − 7·2 / (64 − 9 − 9 − 4) = 2/3
    expect(r.krippendorffAlpha).toBeCloseTo(2 / 3, 3)
    expect(r.perTag.assess!.uses).toEqual({ ana: 3, ben: 1 })
    expect(r.perTag['do not yet know']!.specificAgreement).toBe(1)
    expect(r.spanF1).toBeCloseTo(8 / 9, 3)
    expect(r.diagnostics.map((d) => d.kind)).toEqual(expect.arrayContaining(['unmatched', 'few_matched']))
  })

  it('three analysts: no kappa, alpha with a missing value, and a tag only one analyst uses', () => {
    const article = [
      claim('ana', 0, 10, 'assess'),
      claim('ben', 0, 10, 'assess'),
      claim('cy', 0, 10, 'assess'),
      claim('ana', 20, 30, 'evidence'),
      claim('ben', 20, 30, 'evidence'),
      claim('cy', 20, 30, 'do not yet know'),
      claim('ana', 40, 50, 'evidence'),
      claim('ben', 40, 50, 'evidence')
    ]
    const r = agreementReport([article])
    expect(r.cohenKappa).toBeNull()
    expect(r.matched).toBe(3)
    expect(r.krippendorffAlpha).not.toBeNull()
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'private_tag', message: expect.stringContaining('Only cy uses “do not yet know”') })
    )
  })

  it('warns when one tag dominates the matched claims', () => {
    const article = Array.from({ length: 10 }, (_, i) => [
      claim('ana', i * 10, i * 10 + 5, i === 0 ? 'assess' : 'evidence'),
      claim('ben', i * 10, i * 10 + 5, 'evidence')
    ]).flat()
    const r = agreementReport([article])
    expect(r.percent).toBe(90)
    expect(r.diagnostics.find((d) => d.kind === 'dominant_tag')?.message).toContain('“evidence” is 95%')
  })
})
