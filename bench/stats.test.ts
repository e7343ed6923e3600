import { describe, expect, it } from 'vitest'
import { median, quantile } from './stats.ts'

describe('bench statistics', () => {
  it('takes the median and nearest-rank quantiles whatever the input order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2)
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(quantile(hundred, 0.95)).toBe(95)
    expect(quantile(hundred, 1)).toBe(100)
    expect(quantile([7], 0.95)).toBe(7)
    expect(() => median([])).toThrow()
  })
})
