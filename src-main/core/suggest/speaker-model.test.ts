import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
/** The speaker of the suggestion starting with `start`, and whether it is marked as inferred. */
const speakerOf = (body: string, start: string, speakerModel?: null): [string, boolean] | undefined => {
  const s = suggestClaims(`T.\n\n${body}`, lexicon, speakerModel === null ? { speakerModel } : {}).find((x) => x.quote.startsWith(start))
  return s ? [s.attributedTo, s.speakerInferred] : undefined
}

describe('the learned speaker guess (speaker-model.json)', () => {
  it('names the subject of a clause after an opening one, which the rules leave empty, as a guess', () => {
    const body = 'The harbour spat flared up in 2023 when Otto Lind refused to back the 4 million plan.'
    expect(speakerOf(body, 'The harbour', null)).toEqual(['', false])
    expect(speakerOf(body, 'The harbour')).toEqual(['Otto Lind', true])
  })

  it('keeps the head noun of a group named by a place or body ("Vaasa port leaders")', () => {
    expect(speakerOf('A charge that Vaasa port leaders strongly denied on Monday surfaced in 2023.', 'A charge')).toEqual([
      'Vaasa port leaders',
      true
    ])
  })

  it('guesses no one for a description, a relative clause, a date, a poll’s sample or the narrator’s own judgment', () => {
    expect(speakerOf('One Harbour Party ad, airing since May, argues that only Lind can win.', 'One')?.[0]).not.toBe('May')
    expect(speakerOf('The poll of 400 Vaasa residents, taken in May, put the plan at 40 percent.', 'The poll')?.[0]).toBe('')
    expect(speakerOf('Otto Lind is the front-runner in 3 of the 4 polls.', 'Otto')).toEqual(['', false])
    expect(speakerOf('In a year in which Otto Lind has won 4 races the port grew.', 'In a')).toEqual(['', false])
    expect(speakerOf('We assess that Vaasa will probably build 4 new docks by 2027.', 'We assess')).toEqual(['', false])
  })

  it('never replaces a speaker a speech cue states', () => {
    expect(speakerOf('Otto Lind said the Vaasa port lost 4 million in 2020.', 'Otto')).toEqual(['Otto Lind', false])
  })
})
