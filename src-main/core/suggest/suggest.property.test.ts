import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { segmentSentences } from './segment.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())

// pieces of report prose that stress the rules when glued together at random
const pieces = [
  'We assess that',
  'There is no evidence',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  ',',
  '.',
  '?',
  '!',
  ';',
  ':',
  '\n',
  '\n\n',
  ' ',
  'Dr.',
  'U.S.',
  'Oct. 5',
  '3,000',
  '1.5',
  'said',
  'he said',
  'according to',
  'the agency',
  'It is unclear whether',
  'if confirmed',
  'likely',
  'Kirby',
  'John Kirby',
  'told reporters',
  'adding:',
  '—',
  '(',
  ')',
  'cannot confirm',
  'imagery taken on Sunday shows',
  "judges'",
  'evidence warehouse',
  '🚀',
  'é',
  'Ü',
  'it said',
  'the regulator',
  'One official',
  'E. coli',
  '- ',
  '1. '
]
const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '))

describe('suggestions on any text', () => {
  it('never throw, and always quote the text at their offsets with the cue inside', () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 300 })), (body) => {
        for (const s of segmentSentences(body)) expect(s.start < s.end && s.end <= body.length).toBe(true)
        for (const s of suggestClaims(body, lexicon)) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeLessThanOrEqual(body.length)
          expect(s.end).toBeGreaterThan(s.start)
          expect(body.slice(s.start, s.end)).toBe(s.quote)
          expect(s.score).toBeGreaterThanOrEqual(0)
          expect(s.score).toBeLessThanOrEqual(1)
          if (s.cue) {
            expect(body.slice(s.cue.start, s.cue.end)).toBe(s.cue.text)
            expect(s.cue.start >= s.start && s.cue.end <= s.end).toBe(true)
          } else expect(s.confidence).toBeNull()
        }
      }),
      { numRuns: 400 }
    )
  })
})
