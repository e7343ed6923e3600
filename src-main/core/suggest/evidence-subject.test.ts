import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const tagOf = (sentence: string): string | null | undefined =>
  suggestClaims(`T.\n\n${sentence}`, lexicon).find((s) => s.start > 2)?.confidence

describe('a record of fact as the subject of a verb of stating is evidence', () => {
  it('reads through an apposition, a bracket or "out Monday" to the verb', () => {
    expect(tagOf('A Harbour Gazette poll, conducted with Vaasa Research (V), shows Lind with 47 percent.')).toBe('evidence')
    expect(tagOf('The survey, released on Wednesday by the Port Institute, showed Lind ahead by 4 points.')).toBe('evidence')
    expect(tagOf('A Vaasa Times poll out Monday gave Lind a 6-point lead.')).toBe('evidence')
  })

  it('takes verbs beyond "show": the emails reflect, the poll also noted, the email went on to say', () => {
    expect(tagOf('The emails reflect the frustration of the port board in 2019.')).toBe('evidence')
    expect(tagOf('The poll also noted that 73 percent of members now back Lind.')).toBe('evidence')
    expect(tagOf('The email went on to say that the 4 berths would close in May.')).toBe('evidence')
  })

  it('leaves a record that is an object, after a preposition or modifying another noun untagged', () => {
    expect(tagOf('Otto Lind cited a poll that gave him 40 percent.')).toBeNull()
    expect(tagOf('Lind answered questions about polls, which had him at 40 percent.')).toBeNull()
    expect(tagOf('The email dump offered a window into the 2019 deal.')).toBeNull()
  })
})
