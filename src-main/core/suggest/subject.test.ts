import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
/** The speaker of the suggestion starting with `start`, and whether it is marked as inferred. */
const speakerOf = (body: string, start: string): [string, boolean] | undefined => {
  const s = suggestClaims(body, lexicon).find((x) => x.quote.startsWith(start))
  return s ? [s.attributedTo, s.speakerInferred] : undefined
}

describe('the subject as the speaker when no speech cue names one', () => {
  it('takes the named subject of an action or stance verb, marked as inferred', () => {
    expect(speakerOf('T.\n\nGov. Ines Roth is endorsing the harbour plan of 2025.', 'Gov.')).toEqual(['Ines Roth', true])
    expect(speakerOf('T.\n\nVaasa regards the 4 islands as its own territory.', 'Vaasa')).toEqual(['Vaasa', true])
    expect(speakerOf('T.\n\nThe Harbour Workers Union has been pushing the same 4 demands since 2019.', 'The Harbour')).toEqual([
      'Harbour Workers Union',
      true
    ])
  })

  it('skips an opening phrase up to its comma, and a name with an apposition keeps the name', () => {
    expect(speakerOf('T.\n\nFive years earlier, Otto Lind had decided not to run in 2020.', 'Five')).toEqual(['Otto Lind', true])
    expect(speakerOf('T.\n\nIn an email on Monday, Otto Lind made no mention of the 2020 vote.', 'In an')).toEqual(['Otto Lind', true])
    const body = 'T.\n\nMarta Lind, a port official from Vaasa, ultimately opposed the 4 million deal.'
    expect(speakerOf(body, 'Marta')).toEqual(['Marta Lind', true])
  })

  it('names no one for a description with "be", a clause fragment or an opening phrase without its comma', () => {
    expect(speakerOf('T.\n\nOtto Lind is the front-runner in 3 of the 4 polls.', 'Otto')).toEqual(['', false])
    expect(speakerOf('T.\n\nIn a year in which Otto Lind has won 4 races the port grew.', 'In a')).toEqual(['', false])
    expect(speakerOf('T.\n\nThe 4 million deal was signed in 2020.', 'The 4')).toEqual(['', false])
  })

  it('reads a plural noun before an adverb or a verb as part of the subject, not as a verb', () => {
    expect(speakerOf('T.\n\nHarbour officials also argue the 4 million plan is late.', 'Harbour')?.[0]).toBe('Harbour officials')
  })

  it('keeps a stated speaker unmarked, and a name ending in a speech verb whole ("the Vaasa Post reports")', () => {
    expect(speakerOf('T.\n\nOtto Lind said the port lost 4 million in 2020.', 'Otto')).toEqual(['Otto Lind', false])
    expect(speakerOf('T.\n\nThe Vaasa Post reports that the port lost 4 million in 2020.', 'The Vaasa')?.[0]).toBe('Vaasa Post')
  })
})

describe('speech frames in real reporting shapes', () => {
  const speaker = (body: string, start: string): string | undefined => speakerOf(body, start)?.[0]

  it('finds the subject after an opening phrase holding its own comma, and past a time phrase before the verb', () => {
    const body = 'T.\n\nSteering clear of the loud, often bitter fight of 2020, Otto Lind has sought a middle course.'
    expect(speaker(body, 'Steering')).toBe('Otto Lind')
    expect(speaker('T.\n\nOtto Lind on Friday held a briefing on the 4 million gap.', 'Otto')).toBe('Otto Lind')
  })

  it('resolves a surname after words that are no title to the full name given earlier', () => {
    const body = 'T.\n\nMarta Lind ran in 2020.\n\nNo wonder Lind said the port lost 4 million.'
    expect(speaker(body, 'No wonder')).toBe('Marta Lind')
  })

  it('gives the name before an apposition holding a place, not the place', () => {
    const body = 'T.\n\nLind, during a meeting in Vaasa, Finland, said the port lost 4 million.'
    expect(speaker(body, 'Lind')).toBe('Lind')
  })

  it('gives a quotation after "said in a statement:" to the one who said it', () => {
    const body =
      'T.\n\n"We lost 4 million," Otto Lind said on Monday.\n\nThe Harbour Board said in a statement: "We will probably reopen the 4 berths in 2026."'
    expect(speaker(body, 'We will')).toBe('Harbour Board')
  })
})

describe('subjects of stance and of groups', () => {
  const speaker = (body: string, start: string): string | undefined => speakerOf(body, start)?.[0]

  it('reads "be" with a stance word, "have" with a short participle and a verb after an adverb', () => {
    expect(speaker('T.\n\nSome port workers are hopeful the 4 berths reopen.', 'Some')).toBe('Some port workers')
    expect(speaker('T.\n\nThe Liberals have used their 4 seats to stall the plan.', 'The Liberals')).toBe('Liberals')
    expect(speaker('T.\n\nVoters still view Otto Lind as the 2020 winner.', 'Voters')).toBe('Voters')
  })

  it('keeps a quantified group whole but no bare quantifier', () => {
    expect(speaker('T.\n\nAll three candidates issued statements on the 4 million deal.', 'All')).toBe('All three candidates')
    expect(speaker('T.\n\nMost issued statements on the 4 million deal.', 'Most')).toBe('')
  })
})

describe('openings before the subject', () => {
  const speaker = (body: string, start: string): string | undefined => speakerOf(body, start)?.[0]

  it('skips a dateline, and a participle opening up to its comma', () => {
    expect(speaker('T.\n\nVAASA (Harbour Wire) – Mayor Ines Roth on Monday hit the 2026 campaign trail.', 'VAASA')).toBe('Ines Roth')
    expect(speaker('T.\n\nPushed by host Karl Berg on the 2020 race, Otto Lind demurred.', 'Pushed')).toBe('Otto Lind')
  })

  it('gives "…, saying …" after an opening phrase with commas to the subject, not the place', () => {
    const body = 'T.\n\nAt a rally in Vaasa, Finland, on Sunday, Otto Lind spoke for 4 hours, saying the port must reopen.'
    expect(speaker(body, 'At a rally')).toBe('Otto Lind')
  })

  it('reads past a bracket after the name', () => {
    expect(speaker('T.\n\nDeputy Mayor Karl Berg (then a councillor) heaps praise on the 4 new berths.', 'Deputy')).toBe('Karl Berg')
  })
})

describe('names and roles as subjects', () => {
  const speaker = (body: string, start: string): string | undefined => speakerOf(body, start)?.[0]

  it('reads a name ending in -ly as a name, and an adverb after the name as no part of it', () => {
    expect(speaker('T.\n\nKelly, who was elected in 2014, does not see the 4 berths as a loss.', 'Kelly')).toBe('Kelly')
    expect(speaker('T.\n\nOtto Lind then interjected, calling the 4 million plan a gift.', 'Otto')).toBe('Otto Lind')
  })

  it('reads past an abbreviated place in an apposition, and keeps a role with whose it is', () => {
    expect(speaker('T.\n\nOtto Lind, 22, of Vaasa, Fin., said he voted in 2020.', 'Otto')).toBe('Otto Lind')
    expect(speaker('T.\n\nA spokeswoman for Mayor Roth did not return 4 calls.', 'A spokes')).toBe('A spokeswoman for Mayor Roth')
  })
})

describe('no clause fragments as speakers', () => {
  it('stops a subject at an adverb, and reads "has long said" as one verb', () => {
    expect(speakerOf('T.\n\nPolls there show Lind is trailing Roth by 4 points.', 'Polls')?.[0]).not.toMatch(/show/)
    expect(speakerOf('T.\n\nMr. Berg has long said that he will back the 2026 plan.', 'Mr.')?.[0]).toBe('Berg')
  })
})
