import { describe, expect, it } from 'vitest'
import { locateQuote } from './locate-quote.ts'

const body = 'The minister said\u00A0the “deal”  was signed.\nOfficials said the deal was signed on Monday.'
const at = (q: string, n?: number) => {
  const span = locateQuote(body, q, n)
  return body.slice(span.start, span.end)
}

describe('finding a typed quote in an article', () => {
  it('finds an exact quote', () => {
    expect(at('Officials said the deal')).toBe('Officials said the deal')
  })

  it('matches a plain space to a non-breaking one, straight quotes to curly ones, one space to a run', () => {
    expect(at('minister said the "deal" was signed')).toBe('minister said\u00A0the “deal”  was signed')
  })

  it('counts occurrences the same way', () => {
    expect(at('said the', 2)).toBe('said the')
    expect(locateQuote(body, 'said the', 2).start).toBe(body.indexOf('said the deal'))
    expect(() => locateQuote(body, 'said the', 3)).toThrow('The quote occurs 2 times in the article, fewer than 3.')
  })

  it('says where a quote that is not there stops matching', () => {
    expect(() => locateQuote(body, 'Officials said the deal was sealed')).toThrow(
      /is not in the article's text\. It matches up to "Officials said the deal was s"; then the quote has "e" \(U\+0065\) where the article has "i" \(U\+0069\)\./
    )
    expect(() => locateQuote(body, 'Nothing like this at all')).toThrow(/No part of its start/)
    expect(() => locateQuote(body, '   ')).toThrow('The quote is empty.')
  })
})
