import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalText } from './canonical-text.ts'

/** The rule as written, every pass always applied: the fast version must agree with it on any text. */
const byTheRule = (raw: string): string =>
  raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

describe('canonical article text', () => {
  it('removes the BOM, unifies line ends, composes accents, strips line-end spaces and extra blank lines', () => {
    expect(canonicalText('\uFEFFTitle  \r\n\r\n\r\n\r\nCafe\u0301 said\u00A0\t\rDone \n')).toBe('Title\n\nCafé said\nDone')
  })

  it('leaves text that is already canonical as it is', () => {
    expect(canonicalText('Kirby said 3,000 troops.\n\nThe ministry denied it.')).toBe('Kirby said 3,000 troops.\n\nThe ministry denied it.')
  })

  it('agrees with the rule applied pass by pass on any text', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '\t', '\u00A0', '\n', '\r', '\r\n', '\uFEFF', 'e\u0301', 'é', '3', '—', '\u212B')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }).map((p) => p.join('')),
        (raw) => {
          expect(canonicalText(raw)).toBe(byTheRule(raw))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
