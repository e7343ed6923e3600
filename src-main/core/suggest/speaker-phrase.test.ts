import { describe, expect, it } from 'vitest'
import { isSpeakerPhrase } from './speaker-phrase.ts'
import { tokenize } from './tokens.ts'

const ok = (phrase: string): boolean => {
  const toks = tokenize(phrase)
  return isSpeakerPhrase(toks, 0, toks.length)
}

describe('a speaker is a noun phrase, never a clause fragment', () => {
  it('takes names and phrases headed by people or bodies', () => {
    for (const p of ['Senate aides', 'the Harbour campaign', 'US officials', 'The monitoring mission', 'People familiar with the plan', 'UN refugee agency']) {
      expect(ok(p), p).toBe(true)
    }
  })

  it('refuses fragments, quoted words, pronouns inside and bare quantifiers', () => {
    for (const p of ['he owned the Harbour Gulls of the short-lived League', 'make sure the United', 'Most', 'those electors in', 'But Roth', 'I just come from a small', 'bonuses for staff are the last thing']) {
      expect(ok(p), p).toBe(false)
    }
  })
})
