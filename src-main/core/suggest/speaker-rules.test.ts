import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const speakerOf = (body: string, start: string): string | undefined =>
  suggestClaims(body, lexicon).find((s) => s.quote.startsWith(start))?.attributedTo

describe('quotation marks', () => {
  it('closes a straight opening mark with a curly closing one, so the frame after it names the speaker', () => {
    const body =
      'Port vote.\n\n“We will sign in 2025,” said Ines Roth, the mayor.\n\n' +
      '"Will the docks open soon? We believe they will open by May,” Otto Berg, a harbour official, said of the plan.'
    expect(speakerOf(body, 'We believe')).toBe('Otto Berg')
  })
})
