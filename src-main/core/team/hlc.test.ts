import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DRIFT_MS, newClock, parseHlc, receive, serializeHlc, tick } from './hlc.ts'

const A = 'aaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbb'

describe('hybrid logical clock', () => {
  it('serializes so that string order is clock order, and parses back', () => {
    const s = serializeHlc({ millis: Date.UTC(2024, 4, 1), counter: 10, node: A })
    expect(s).toBe('2024-05-01T00:00:00.000Z-000a-aaaaaaaaaaaaaaaa')
    expect(parseHlc(s)).toEqual({ millis: Date.UTC(2024, 4, 1), counter: 10, node: A })
    expect(parseHlc('2024-05-01-0000-x')).toBeNull()
    expect(serializeHlc({ millis: 5, counter: 1, node: A }) < serializeHlc({ millis: 5, counter: 2, node: A })).toBe(true)
  })

  it('keeps increasing when the wall clock stands still or goes backwards', () => {
    let c = newClock(A)
    const stamps: string[] = []
    for (const now of [1000, 1000, 999, 500, 1000, 1001]) {
      c = tick(c, now)
      stamps.push(serializeHlc(c))
    }
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(stamps.length)
  })

  it('a stamp made after receiving another is later than it, whatever the two wall clocks say', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        (ta, tb, tb2) => {
          const sent = tick(newClock(A), ta)
          const mine = tick(receive(tick(newClock(B), tb), sent, tb2), tb2)
          if (sent.millis > tb2 + MAX_DRIFT_MS) return true // a stamp far in the future is not adopted
          expect(serializeHlc(mine) > serializeHlc(sent)).toBe(true)
        }
      )
    )
  })

  it('does not adopt a remote clock days ahead (a laptop with a wrong date)', () => {
    const c = tick(newClock(A), 1_000_000)
    const future = { millis: 1_000_000 + 2 * MAX_DRIFT_MS, counter: 0, node: B }
    expect(receive(c, future, 1_000_000)).toEqual(c)
  })

  it('rolls to the next millisecond when the counter runs out, never repeating a stamp', () => {
    const c = { millis: 7, counter: 0xffff, node: A }
    expect(tick(c, 7)).toEqual({ millis: 8, counter: 0, node: A })
  })
})
