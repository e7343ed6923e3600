import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const tagOf = (sentence: string): string | null | undefined =>
  suggestClaims(`T.\n\n${sentence}`, lexicon).find((s) => s.start > 2)?.confidence

describe('belief and stance as assess', () => {
  it('reads a prediction with an object and a view held in the progressive', () => {
    expect(tagOf('Otto Lind predicted a Liberal win in Vaasa in 2026.')).toBe('assess')
    expect(tagOf('Port officials are expecting a record 4 million passengers.')).toBe('assess')
    expect(tagOf('He bid for the 4 berths, believing the deal would pay off by 2027.')).toBe('assess')
  })

  it('reads "fear" as a verb after its subject, not as a noun', () => {
    expect(tagOf('Harbour Liberals fear the 2026 split will hurt Lind.')).toBe('assess')
    expect(tagOf('Port allies feared a loss in 2020.')).toBe('assess')
    expect(tagOf('The 2020 attacks placed security fears at the centre of the race.')).toBeNull()
    expect(tagOf('The Vaasa party launched 4 campaigns capitalizing on fear.')).toBeNull()
  })

  it('reads skepticism and doubts as stance', () => {
    expect(tagOf('The 4 port unions were already skeptical of the 2026 plan.')).toBe('assess')
    expect(tagOf('Mayor Ines Roth had no doubts about the 4 million plan.')).toBe('assess')
  })

  it('still reads "forecast" as the noun without a judgment after it', () => {
    expect(tagOf('The rest are due to changes in its 2026 economic forecast.')).toBeNull()
  })
})

describe('do not yet know', () => {
  it('reads "unclear exactly when/how" as not yet known, not as an adjective', () => {
    expect(tagOf('It was unclear exactly when the port board would vote on the 4 berths.')).toBe('do not yet know')
    expect(tagOf('While it is unclear precisely how the 4 seats are assigned, Lind leads.')).toBe('do not yet know')
  })
})
