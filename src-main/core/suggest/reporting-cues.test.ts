import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const tagOf = (sentence: string): string | null => suggestClaims(`T.\n\n${sentence}`, lexicon).find((s) => s.quote !== 'T.')?.confidence ?? null

describe('cues of real reporting', () => {
  it('tags polls, filings and survey results as evidence', () => {
    expect(tagOf('A new Harbour Gazette poll shows Roth ahead by 6 points.')).toBe('evidence')
    expect(tagOf('New filings show the campaign has less than $1.3 million on hand.')).toBe('evidence')
    expect(tagOf('Roth leads by 52 percent to 38 percent, according to a Vaasa College poll.')).toBe('evidence')
    expect(tagOf('In a Harbour Gazette poll released Monday, 41 percent backed the plan.')).toBe('evidence')
  })

  it('leaves a poll that only is mentioned untagged', () => {
    expect(tagOf('The poll has a margin of error of 3 percentage points.')).toBe(null)
    expect(tagOf('She is still ahead in national polls, 4 points up.')).toBe(null)
  })

  it('tags argument and stance as assess', () => {
    expect(tagOf('Roth argues that the 2024 deal cost the port 4 million.')).toBe('assess')
    expect(tagOf('Democrats fear that the split will cost them 3 seats.')).toBe('assess')
    expect(tagOf('Lind doubts the plan will pass before 2025.')).toBe('assess')
  })
})
