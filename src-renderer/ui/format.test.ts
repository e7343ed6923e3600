import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from './format.ts'

describe('formatCount', () => {
  it('writes counts as toLocaleString("en") does', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(10_000)).toBe('10,000')
    expect(formatCount(1_234_567)).toBe('1,234,567')
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'))
      })
    )
    expect(formatCount(1.5)).toBe((1.5).toLocaleString('en'))
  })
})
