import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())

describe('a record named with "according to" sets the tag of its sentence', () => {
  const tag = (body: string): (string | null)[] => suggestClaims(`T.\n\n${body}`, lexicon).map((s) => s.confidence)

  it('over a belief the respondents reported, and with a long outlet name before "poll"', () => {
    expect(tag('Some 55 percent of voters said they do not believe Lind cares about them, according to a Harbour poll.')).toEqual([
      'evidence'
    ])
    expect(tag('Lind has 52 percent of harbour voters, according to a New York Times/CBS News poll.')).toEqual(['evidence'])
  })
})

describe('"not know" about a person is no open question', () => {
  const tag = (body: string): (string | null)[] => suggestClaims(`T.\n\n${body}`, lexicon).map((s) => s.confidence)

  it('drops knowing a person, "what he is talking about" and "knows that better than", keeps not knowing what happened', () => {
    expect(tag('“He doesn’t know me, never met me, doesn’t know what I am all about,” Lind said in 2020.')).toEqual([null])
    expect(tag('Otto Berg does not know what he is talking about, Lind said in 2020.')).toEqual([null])
    expect(tag('Nobody knows that better than me, Lind said on Monday.')).toEqual([null])
    expect(tag('Police do not know who set the 4 fires in May.')).toEqual(['do not yet know'])
  })
})
