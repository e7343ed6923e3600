import { describe, expect, it } from 'vitest'
import { isNamedSource, speakerMatches } from './speaker-match.ts'

describe('matching a suggested speaker with the marked source', () => {
  it('accepts the name with or without titles, first names and appositions', () => {
    expect(speakerMatches('Ed Rendell', 'Pennsylvania Gov. Ed Rendell')).toBe(true)
    expect(speakerMatches('Ted Cruz', 'Cruz')).toBe(true)
    expect(speakerMatches('Ines Roth', 'Ines Roth, the city’s mayor,')).toBe(true)
    expect(speakerMatches('Harbour Gazette', 'the Harbour Gazette')).toBe(true)
    expect(speakerMatches('Karl Berg', 'the port’s director, Karl Berg,')).toBe(true)
    expect(speakerMatches('Karl Berg', 'Gov. Karl Berg of Vaasa')).toBe(true)
    expect(speakerMatches('Otto Lind', 'Professor Lind')).toBe(true)
    expect(speakerMatches('Liberal nominee', 'the Liberal nominee')).toBe(true)
    expect(speakerMatches('V.P.A.', 'the V.P.A.')).toBe(true)
    expect(speakerMatches('Harbour Gazette poll', 'A Harbour Gazette poll in May')).toBe(true)
  })

  it('refuses cut names, other people and empty speakers', () => {
    expect(speakerMatches('The Harbour', 'the Harbour Gazette')).toBe(false)
    expect(speakerMatches('Ines Roth', 'Karl Roth-Berg')).toBe(false)
    expect(speakerMatches('', 'Ines Roth')).toBe(false)
    expect(speakerMatches('Roth', "Roth's campaign")).toBe(false)
  })

  it('scores only sources named by a capitalised word', () => {
    expect(isNamedSource('Mayor Ines Roth')).toBe(true)
    expect(isNamedSource('He')).toBe(false)
    expect(isNamedSource('The officials')).toBe(false)
  })
})
