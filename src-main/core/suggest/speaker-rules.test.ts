import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { isQuantityPhrase } from './speaker-quantity.ts'
import { suggestClaims } from './suggest.ts'
import { tokenize, type Token } from './tokens.ts'

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

describe('a share of people as the speaker', () => {
  it('keeps a poll share whole, never its bare number', () => {
    expect(speakerOf('Port poll.\n\nTwenty-four percent said they expect the docks to close by 2026.', 'Twenty-four')).toBe(
      'Twenty-four percent'
    )
    expect(speakerOf('Port poll.\n\nAbout 4 in 10 say they want the mayor to stay in 2027.', 'About 4')).toBe('About 4 in 10')
    expect(speakerOf('Port poll.\n\nForty-one percent would choose Lind as the next mayor in 2027.', 'Forty-one')).toBe('Forty-one percent')
    const body = 'Port poll.\n\nIn each of the three towns, about half of voters say they prefer Lind in 2027.'
    expect(speakerOf(body, 'In each')).toBe('about half of voters')
  })

  it('reads no share in a bare count or a clause', () => {
    const toks = (s: string): Token[] => tokenize(s)
    expect(isQuantityPhrase(toks('Twenty-four'), 0, 1)).toBe(false)
    expect(isQuantityPhrase(toks('Two'), 0, 1)).toBe(false)
    const clause = toks('Thirty percent of voters viewed him favorably')
    expect(isQuantityPhrase(clause, 0, clause.length)).toBe(false)
    const share = toks('Nearly half of Vaasa voters')
    expect(isQuantityPhrase(share, 0, share.length)).toBe(true)
  })
})
