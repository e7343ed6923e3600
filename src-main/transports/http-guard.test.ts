import * as crypto from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'

vi.mock('node:crypto', async (original) => {
  const real = await original<typeof import('node:crypto')>()
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) }
})

const { newToken, tokenMatches } = await import('./http-guard.ts')
const compare = vi.mocked(crypto.timingSafeEqual)
afterEach(() => compare.mockClear())

describe('the token check', () => {
  const token = newToken()

  it('accepts the token and nothing else', () => {
    expect(tokenMatches(token, token)).toBe(true)
    for (const wrong of [
      undefined,
      '',
      'x',
      token.slice(1),
      token + 'x',
      `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`,
      token.slice(0, -1) + '\u0000',
      token.toUpperCase()
    ]) {
      expect(tokenMatches(wrong, token)).toBe(wrong === token)
    }
  })

  it('compares every string in constant time, whatever its length or where it differs', () => {
    const tries = ['', 'x', token.slice(1), token + 'x', 'A' + token.slice(1), token.slice(0, -1) + 'A', 'x'.repeat(10_000), token]
    for (const given of tries) tokenMatches(given, token)
    expect(compare).toHaveBeenCalledTimes(tries.length) // no early return on length or content
    for (const [a, b] of compare.mock.calls) {
      expect((a as Buffer).length).toBe(32) // compared as fixed-length digests
      expect((b as Buffer).length).toBe(32)
    }
  })

  it('makes a new 192-bit random token every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken))
    expect(tokens.size).toBe(100)
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })
})
