import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
/** [the start of each suggestion, its speaker] */
const who = (body: string): [string, string][] => suggestClaims(body, lexicon).map((s) => [s.quote.slice(0, 24), s.attributedTo])
const speakerOf = (body: string, start: string): string | undefined =>
  suggestClaims(body, lexicon).find((s) => s.quote.startsWith(start))?.attributedTo

describe('speakers in the shapes real reporting uses', () => {
  it('reads an apposition chain before the verb to the person it names', () => {
    const body = 'Harbour vote.\n\nMarta Lind, 21, a student from Vaasa, said she voted for the mayor at the 2024 caucus.'
    expect(speakerOf(body, 'Marta Lind')).toBe('Marta Lind')
  })

  it('gives a quotation after "X told reporters," to X, not to the one who spoke before', () => {
    const body = 'T.\n\nLind said on Monday. “We will build 4 docks.” Otto Berg told reporters, “The port has lost 4 million since 2020.”'
    expect(speakerOf(body, 'The port')).toBe('Otto Berg')
  })

  it('gives "X did this and said …" to X, and skips brackets after a name', () => {
    const body = 'T.\n\nKarl Berg, a spokesman for the port, shook his head and said the strike cost 4 million.'
    expect(speakerOf(body, 'Karl')).toBe('Karl Berg')
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
    const body = 'T.\n\nMost voters back the plan, according to a new Harbour Gazette poll released on Monday.'
    expect(speakerOf(body, 'Most')).toBe('Harbour Gazette poll')
  })
})

describe('a participle after a comma', () => {
  it('goes to the subject the sentence opens with when no speech verb came before', () => {
    const body = 'T.\n\nOtto Lind, the port’s director, repeated his accusations, calling the 2024 deal “a disgrace.”'
    expect(speakerOf(body, 'Otto')).toBe('Otto Lind')
  })
})

describe('a name that modifies the noun heading the phrase', () => {
  it('keeps the whole phrase: "Vaasa port workers", "Otto Lind’s campaign"', () => {
    const workers = 'T.\n\nVaasa port workers called on the council on Monday to block the 2025 deal.'
    expect(speakerOf(workers, 'Vaasa')).toBe('Vaasa port workers')
    expect(speakerOf('T.\n\nOtto Lind’s campaign says it raised $2 million in January.', 'Otto')).toBe('Otto Lind’s campaign')
    expect(speakerOf('T.\n\nLind continued: “We will win 4 seats.”', 'We')).toBe('Lind')
  })
})

describe("the narrator's text after a quoted title", () => {
  it('keeps the frame before the title', () => {
    const body = 'T.\n\nLind said on "Harbour Today With Anna Berg" that he would look at the 2025 budget again.'
    expect(speakerOf(body, 'that he would')).toBe('Lind')
  })
})

describe('nouns that look like speech verbs', () => {
  it('does not read "press" in "White House press secretary" as a verb', () => {
    const body = 'T.\n\nOn Wednesday, Harbour Hall press secretary Otto Lind told reporters that the 2025 budget is done.'
    expect(speakerOf(body, 'On Wednesday')).toBe('Otto Lind')
  })
})

describe('speech frames with groups, brackets and relative clauses', () => {
  it('keeps "X and others", a bracket inside an apposition, and the noun a relative clause belongs to', () => {
    expect(speakerOf('T.\n\nLind and others said they could not back the 4 million plan.', 'Lind')).toBe('Lind and others')
    const bracket = 'T.\n\nRep. Otto Lind (L-Vaasa), ranking member of the port committee, said he backs the 2026 bill.'
    expect(speakerOf(bracket, 'Rep.')).toBe('Otto Lind')
    expect(speakerOf('T.\n\nLiberals in Vaasa who watched the debate said they were unfazed by the 4 gaffes.', 'Liberals')).toBe(
      'Liberals in Vaasa'
    )
  })

  it('takes someone of a named person as a speaker: "Mayor Roth\'s confidants", "Otto Lind\'s campaign manager"', () => {
    expect(speakerOf("T.\n\nMayor Roth's confidants say she will run in 2026.", 'Mayor')).toBe("Mayor Roth's confidants")
    expect(speakerOf("T.\n\nOtto Lind's campaign manager says he is gratified by the 2026 ruling.", 'Otto')).toBe(
      "Otto Lind's campaign manager"
    )
  })
})

describe('column headings before a colon', () => {
  it('reads "The Latest:" as a heading, not a speaker', () => {
    expect(speakerOf('The Latest: Ines Roth tells voters she is with them in 2026.\n\nT.', 'The Latest')).toBe('Ines Roth')
  })
})
