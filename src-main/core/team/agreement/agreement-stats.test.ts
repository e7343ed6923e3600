import { describe, expect, it } from 'vitest'
import { cohenKappa } from './cohen-kappa.ts'
import { krippendorffAlphaNominal } from './krippendorff-alpha.ts'

const column = (...rows: string[]): (string | null)[][] => {
  const cells = rows.map((r) => r.split(' ').map((v) => (v === '.' ? null : v)))
  return cells[0]!.map((_, u) => cells.map((row) => row[u]!))
}

describe("Krippendorff's alpha (nominal)", () => {
  it("matches Krippendorff's own example: 4 observers, 12 units, missing data → 0.743", () => {
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
    // Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43,
    // section C ("Nominal data, any number of observers, missing data"): alpha = 0.743.
    const units = column(
      '1 2 3 3 2 1 4 1 2 . . .', // observer A
      '1 2 3 3 2 2 4 1 2 5 . 3', // observer B
      '. 3 3 3 2 3 4 2 2 5 1 .', // observer C
      '1 2 3 3 2 4 4 1 2 5 1 .' // observer D
    )
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3)
  })

  it("matches the same paper's binary example: 2 observers, 10 units, no missing data → 0.095", () => {
    // Krippendorff (2011), section A ("Binary or dichotomous data, two observers, no missing data").
    const units = column('0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0')
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.095, 3)
  })

  it('is 1 for perfect agreement, ignores units only one coder coded, and is undefined with no variation', () => {
    expect(krippendorffAlphaNominal(column('a b a c', 'a b a c', '. b . c'))).toBe(1)
    const withLoners = column('a b a c x', 'a b a c .')
    expect(krippendorffAlphaNominal(withLoners)).toBe(1)
    expect(krippendorffAlphaNominal(column('a a a', 'a a a'))).toBeNull()
    expect(krippendorffAlphaNominal([])).toBeNull()
  })

  it('falls below zero when coders disagree more than chance would', () => {
    expect(krippendorffAlphaNominal(column('a b a b', 'b a b a'))).toBeLessThan(0)
  })
})

describe("Cohen's kappa", () => {
  it('matches the textbook 2×2 example: 50 grant proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4', () => {
    // The worked example of Wikipedia's "Cohen's kappa" article (po = 0.7, pe = 0.5).
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes'] as [string, string]),
      ...Array.from({ length: 5 }, () => ['yes', 'no'] as [string, string]),
      ...Array.from({ length: 10 }, () => ['no', 'yes'] as [string, string]),
      ...Array.from({ length: 15 }, () => ['no', 'no'] as [string, string])
    ]
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 10)
  })

  it('is 1 for perfect agreement over several values and null when there is nothing to compare', () => {
    expect(
      cohenKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['c', 'c']
      ])
    ).toBe(1)
    expect(cohenKappa([])).toBeNull()
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a']
      ])
    ).toBeNull()
  })
})
