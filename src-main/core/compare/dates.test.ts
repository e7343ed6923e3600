import { describe, expect, it } from 'vitest'
import { datesIn, sameTime } from './dates.ts'

const dates = (text: string, published: string | null = '2025-03-12') =>
  datesIn(text, 0, text.length, published).map((d) => [d.text, d.from, d.to])

describe('dates in a claim', () => {
  it('reads absolute dates at the precision given', () => {
    expect(dates('The blast happened on 3 March 2025.')).toEqual([['3 March 2025', '2025-03-03', '2025-03-03']])
    expect(dates('The pact was signed in June.')).toEqual([['June', '2024-06-01', '2024-06-30']])
    expect(dates('The base was last expanded in 2019.')).toEqual([['2019', '2019-01-01', '2019-12-31']])
  })

  it('reads weekdays and "yesterday" against the report\'s date', () => {
    expect(dates('The convoy crossed on Tuesday.', '2025-03-12')).toEqual([['Tuesday', '2025-03-11', '2025-03-11']])
    expect(dates('The convoy crossed yesterday.', '2025-03-12')).toEqual([['yesterday', '2025-03-11', '2025-03-11']])
  })

  it('leaves out when a statement was made, bounds and vague spans', () => {
    expect(dates('The agency said on Monday that troops arrived.')).toEqual([])
    expect(dates('Forces have held territory since August.')).toEqual([])
    expect(dates('The jets arrived over the past three weeks and are there now.')).toEqual([])
  })

  it('says whether two dates can be the same day', () => {
    const [june] = datesIn('in June 2024', 0, 12, null)
    const [june14] = datesIn('on 14 June 2024', 0, 15, null)
    const [july] = datesIn('in July 2024', 0, 12, null)
    expect(sameTime(june!, june14!)).toBe(true)
    expect(sameTime(june!, july!)).toBe(false)
  })
})
