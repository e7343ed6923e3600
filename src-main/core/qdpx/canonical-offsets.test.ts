import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalText } from '../services/canonical-text.ts'
import { canonicalWithOffsets } from './canonical-offsets.ts'

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(
    '\r\n',
    '\r',
    '\n',
    '\n\n\n',
    '  \n',
    '\t',
    '\u00A0',
    '\uFEFF',
    'e\u0301',
    '\u0301',
    'A\u030A',
    '\u1100\u1161',
    '😀',
    '\u0007',
    ' ',
    'word'
  )
)
const rawText = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''))

describe('canonicalizing a text while tracking offsets', () => {
  it("gives exactly the importer's canonical text, with offsets that never go backwards and stay inside it", () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const m = canonicalWithOffsets(raw)
        expect(m.text).toBe(canonicalText(raw.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '')))
        let last = 0
        for (let r = 0; r <= raw.length; r++) {
          const c = m.toCanonical(r)
          expect(c).toBeGreaterThanOrEqual(last)
          expect(c).toBeLessThanOrEqual(m.text.length)
          last = c
        }
        expect(m.toCanonical(raw.length)).toBe(m.text.length)
      }),
      { numRuns: 1000 }
    )
  })

  it('moves a selection in a Windows text with decomposed accents onto the same words of the stored text', () => {
    const raw = '\uFEFFTitle  \r\n\r\n\r\n\r\nCafe\u0301 owners said the port re\u0301opened.\r\nWe do not yet know why.  \r\n'
    const m = canonicalWithOffsets(raw)
    expect(m.text).toBe('Title\n\nCafé owners said the port réopened.\nWe do not yet know why.')
    const quote = 'We do not yet know why'
    const start = raw.indexOf(quote)
    expect(m.text.slice(m.toCanonical(start), m.toCanonical(start + quote.length))).toBe(quote)
    const word = 're\u0301opened'
    const w = raw.indexOf(word)
    expect(m.text.slice(m.toCanonical(w), m.toCanonical(w + word.length))).toBe('réopened')
  })
})
