import { describe, expect, it } from 'vitest'
import { quoteSelector, trimSpan, verifyAnchor } from './anchor.ts'

const body = 'Officials said 3,000 soldiers moved. Later, officials said 3,000 soldiers moved again. 🚀 End.'

describe('anchoring a claim in its text', () => {
  it('stores the exact quote with prefix and suffix around it', () => {
    const start = body.indexOf('3,000')
    expect(quoteSelector(body, start, start + 5, 8)).toEqual({ quote: '3,000', prefix: 'ls said ', suffix: ' soldier' })
  })

  it('keeps an anchor whose offsets still frame its quote', () => {
    expect(verifyAnchor(body, { start: 0, end: 9, quote: 'Officials', prefix: '', suffix: ' said' })).toEqual({
      status: 'ok',
      start: 0,
      end: 9
    })
  })

  it('re-finds a moved quote using its prefix and suffix to pick the right occurrence', () => {
    const second = body.lastIndexOf('3,000 soldiers moved')
    const sel = quoteSelector(body, second, second + 20)
    const check = verifyAnchor(body, { ...sel, start: 3, end: 23 })
    expect(check).toEqual({ status: 'relocated', start: second, end: second + 20 })
  })

  it('orphans an anchor whose quote is gone', () => {
    expect(verifyAnchor(body, { start: 0, end: 12, quote: '11,000 troops', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' })
  })

  it('orphans an anchor it cannot place unambiguously', () => {
    expect(verifyAnchor(body, { start: 200, end: 205, quote: '3,000', prefix: '', suffix: '' })).toEqual({ status: 'orphaned' })
  })

  it('counts offsets in UTF-16 units, so text after an emoji anchors exactly', () => {
    const start = body.indexOf('End')
    expect(body.slice(start, start + 3)).toBe('End')
    expect(verifyAnchor(body, { ...quoteSelector(body, start, start + 3), start, end: start + 3 }).status).toBe('ok')
  })

  it('cuts prefix and suffix at grapheme boundaries, never inside an emoji, a surrogate pair or an accented letter', () => {
    const text = 'ab👩‍👩‍👧cd 🚀e\u0301f claim 🇺🇸x👍🏽y'
    const start = text.indexOf('claim')
    for (let context = 1; context <= 12; context++) {
      const { prefix, suffix } = quoteSelector(text, start, start + 5, context)
      expect(prefix.length).toBeLessThanOrEqual(context)
      expect(suffix.length).toBeLessThanOrEqual(context)
      const cutPoints = new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index))
      expect(cutPoints.has(start - prefix.length)).toBe(true)
      expect(cutPoints.has(start + 5 + suffix.length) || start + 5 + suffix.length === text.length).toBe(true)
      expect(Buffer.from(prefix + suffix, 'utf8').toString('utf8')).toBe(prefix + suffix) // survives UTF-8
    }
    expect(quoteSelector(text, start, start + 5, 3)).toEqual({ quote: 'claim', prefix: 'f ', suffix: ' ' })
  })

  it('trims whitespace off a selected span and rejects a blank one', () => {
    expect(trimSpan('  a claim  ', 0, 11)).toEqual({ start: 2, end: 9 })
    expect(trimSpan('a    b', 1, 5)).toBeNull()
  })
})
