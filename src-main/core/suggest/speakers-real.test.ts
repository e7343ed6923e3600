import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
/** [the start of each suggestion, its speaker] */
const who = (body: string): [string, string][] => suggestClaims(body, lexicon).map((s) => [s.quote.slice(0, 24), s.attributedTo])
const speakerOf = (body: string, start: string): string | undefined => suggestClaims(body, lexicon).find((s) => s.quote.startsWith(start))?.attributedTo

describe('speakers in the shapes real reporting uses', () => {
  it('reads an apposition chain before the verb to the person it names', () => {
    const body = 'Harbour vote.\n\nMarta Lind, 21, a student from Vaasa, said she voted for the mayor at the 2024 caucus.'
    expect(speakerOf(body, 'Marta Lind')).toBe('Marta Lind')
  })

  it('gives "X did this and said …" to X, and skips brackets after a name', () => {
    expect(speakerOf('T.\n\nKarl Berg, a spokesman for the port, shook his head and said the strike cost 4 million.', 'Karl')).toBe('Karl Berg')
    expect(speakerOf('T.\n\nRep. Ines Roth (D-Vaasa) said the port lost 4 million.', 'Rep.')).toBe('Ines Roth')
  })

  it('takes a stance or speech verb beyond "said" as a frame', () => {
    expect(speakerOf('T.\n\nMayor Ines Roth criticized the 4 million port deal on Monday.', 'Mayor')).toBe('Ines Roth')
    expect(speakerOf('T.\n\nOtto Lind endorsed the mayor on Monday, after 3 weeks.', 'Otto')).toBe('Otto Lind')
  })

  it('does not read a weekday after "said" as an inverted speaker', () => {
    const body = 'T.\n\nRep. Otto Lind of Vaasa, an ally of the mayor, said Thursday his biggest worry is the 4 million gap.'
    expect(speakerOf(body, 'Rep. Otto')).toBe('Otto Lind')
  })

  it("reads two apostrophes as quotation marks and a colon introduction's name as the speaker", () => {
    const body = "T.\n\n''We will not sign before 2025,'' Ms. Roth said.\n\nRoth: Port Deal Will Cost 4 Million Jobs."
    expect(who(body)).toEqual([
      ['We will not sign before ', 'Roth'],
      ['Roth: Port Deal Will Cos', 'Roth']
    ])
  })

  it('names a source of evidence by its name and noun, not a pollster alone or nobody', () => {
    expect(speakerOf('T.\n\nMost voters back the plan, according to a new Harbour Gazette poll released on Monday.', 'Most')).toBe('Harbour Gazette poll')
  })
})
