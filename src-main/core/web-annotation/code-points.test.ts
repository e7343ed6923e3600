import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OffsetMapper } from './code-points.ts'

const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('😀', '👩‍👩‍👧', '𝔸', 'é', '\uD800', '\uDC00', 'a', '\n')), {
    maxLength: 12
  })
  .map((parts) => parts.join(''))

describe('UTF-16 offsets and W3C character (code point) offsets', () => {
  it('count an emoji as one character but two UTF-16 units', () => {
    const body = '😀😀 We assess this.'
    const m = new OffsetMapper(body)
    const start = body.indexOf('We assess')
    expect(start).toBe(5)
    expect(m.toCodePoints(start)).toBe(3)
    expect(m.toUtf16(3)).toBe(5)
    expect(
      Array.from(body)
        .slice(3, 3 + 'We assess'.length)
        .join('')
    ).toBe('We assess')
    expect(m.length).toBe(Array.from(body).length)
  })

  it('are the identity for text without surrogates', () => {
    const m = new OffsetMapper('plain text, même accentuée')
    expect(m.toCodePoints(7)).toBe(7)
    expect(m.toUtf16(26)).toBe(26)
    expect(m.toUtf16(27)).toBeUndefined()
  })

  it('map every character boundary there and back, agreeing with the string iterator', () => {
    fc.assert(
      fc.property(text, (s) => {
        const m = new OffsetMapper(s)
        const chars = Array.from(s)
        expect(m.length).toBe(chars.length)
        for (let k = 0; k <= chars.length; k++) {
          const units = chars.slice(0, k).join('').length
          expect(m.toUtf16(k)).toBe(units)
          expect(m.toCodePoints(units)).toBe(k)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('round an offset inside a surrogate pair down to the pair, and refuse offsets outside the text', () => {
    const m = new OffsetMapper('a😀b')
    expect(m.toCodePoints(2)).toBe(1)
    expect(() => m.toCodePoints(5)).toThrow(RangeError)
    expect(m.toUtf16(-1)).toBeUndefined()
    expect(m.toUtf16(1.5)).toBeUndefined()
  })
})
