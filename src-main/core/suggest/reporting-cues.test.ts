import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const tagOf = (sentence: string): string | null =>
  suggestClaims(`T.\n\n${sentence}`, lexicon).find((s) => s.quote !== 'T.')?.confidence ?? null

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

describe('non-estimative senses of "likely"', () => {
  it('leaves likely voters and comparisons untagged, keeps the estimate', () => {
    expect(tagOf('The survey of 900 likely Republican voters ran for 3 days.')).toBe(null)
    expect(tagOf('Women were more likely to back Roth in 2024.')).toBe(null)
    expect(tagOf('Roth is likely to win the 2025 vote.')).toBe('assess')
    expect(tagOf('Roth is the most likely nominee after 2025.')).toBe('assess')
  })
})

describe('poll names with a slash', () => {
  it('reads "a Washington Post/ABC News poll" as one phrase', () => {
    expect(tagOf('In a Harbour Post/Vaasa News poll released Sunday, 8 percent backed Roth.')).toBe('evidence')
    expect(tagOf('Roth stays well ahead of Lind in latest poll, 12 points up.')).toBe('evidence')
    expect(tagOf('Roth leads by 9 points, according to a January 2016 study by the Vaasa Center.')).toBe('evidence')
  })
})

describe('judging verbs after a quantifier', () => {
  it('reads "few believe" as a judgment and "some suspects" as people', () => {
    expect(tagOf('But few believe the 2024 deal can last.')).toBe('assess')
    expect(tagOf('Some suspects fled to Vaasa in 2024.')).toBe(null)
  })
})

describe('a poll answer is not the analyst not knowing', () => {
  it('leaves "not sure" and "don\'t know" of respondents untagged, keeps the event unknown', () => {
    expect(tagOf("Asked about Roth, 42% of voters say they don't know enough about him.")).toBe(null)
    expect(tagOf('Another 12 percent are not sure whether they will vote in 2025.')).toBe(null)
    expect(tagOf('It is not known whether the 2025 vote will go ahead.')).toBe('do not yet know')
  })
})

describe('documents and polls that speak', () => {
  it('tags what an email or transcript says, and "the polls tell us", as evidence', () => {
    expect(tagOf('“We will close 3 offices,” the email read.')).toBe('evidence')
    expect(tagOf('Roth asked about the 2024 budget, according to a transcript of the interview.')).toBe('evidence')
    expect(tagOf('Voters are anxious, the polls tell us, about the 2025 budget.')).toBe('evidence')
    expect(tagOf('Roth leads by 57 percent to 33 percent in the 50-state poll.')).toBe('evidence')
  })
})

describe('an open question', () => {
  it('is do-not-yet-know, "the opening question of the debate" is not', () => {
    expect(tagOf('How loyal the 40 delegates will be is an open question.')).toBe('do not yet know')
    expect(tagOf('The opening question of the 2016 debate was about taxes.')).toBe(null)
  })
})
