import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeDescription, encodeDescription, type DescribedClaim } from './description.ts'
import { xmlRepresentable } from './xml-text.ts'

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' x', '"quoted"', 'a\nb', 'Speaker: nested', '\u0000\uD800\uFFFE', '\u2028')
)
const claim: fc.Arbitrary<DescribedClaim> = fc.record({
  attributedTo: anyText.map((s) => s.trim()),
  sourceReliability: fc.constantFrom(null, 'A', 'B', 'F'),
  claimCredibility: fc.constantFrom(null, 1, 6),
  cue: fc.option(anyText, { nil: null }),
  note: anyText
})

describe('the selection Description convention', () => {
  it('reads back every field exactly, in a text XML can hold', () => {
    fc.assert(
      fc.property(claim, (c) => {
        const { description, noteText } = encodeDescription(c)
        expect(xmlRepresentable(description)).toBe(true)
        const d = decodeDescription(description)
        expect(d.rest).toEqual([])
        expect(d.attributedTo ?? '').toBe(c.attributedTo)
        expect(d.sourceReliability ?? null).toBe(c.sourceReliability)
        expect(d.claimCredibility ?? null).toBe(c.claimCredibility)
        expect(d.cue ?? null).toBe(c.cue)
        // the note: from the Note element, or from the Note line when XML could not hold it as it is
        expect(d.note ?? noteText ?? '').toBe(c.note)
      }),
      { numRuns: 2000 }
    )
  })

  it('writes plain values as they are, so another program shows readable lines', () => {
    const c = { attributedTo: 'Ilse Varga', sourceReliability: 'B', claimCredibility: 2, cue: '', note: 'see cable 4' }
    expect(encodeDescription(c)).toEqual({
      description: 'Speaker: Ilse Varga\nSource reliability: B\nInformation credibility: 2\nCue: ""',
      noteText: 'see cable 4'
    })
  })

  it("keeps another program's comment lines, and lines whose values are not valid, for the note", () => {
    const d = decodeDescription('Interesting passage\nSource reliability: Z\nSpeaker: Kirby\nInformation credibility: 9')
    expect(d).toEqual({ attributedTo: 'Kirby', rest: ['Interesting passage', 'Source reliability: Z', 'Information credibility: 9'] })
  })
})
