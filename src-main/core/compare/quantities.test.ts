import { describe, expect, it } from 'vitest'
import { analyzeBody } from './analyze.ts'
import { overlaps } from './qualifiers.ts'
import { quantitiesIn } from './quantities.ts'

const read = (text: string) => quantitiesIn(text, analyzeBody(text), 0, text.length)
const one = (text: string) => {
  const qs = read(text)
  expect(qs).toHaveLength(1)
  return qs[0]!
}

describe('quantities in a claim', () => {
  it.each([
    ['Police counted 3,000 soldiers at the gate.', 3000, '3,000'],
    ['Police counted three thousand soldiers at the gate.', 3000, 'three thousand'],
    ['Police counted 3k soldiers at the gate.', 3000, '3k'],
    ['Police counted 11,000 soldiers at the gate.', 11000, '11,000'],
    ['Police counted eight soldiers at the gate.', 8, 'eight'],
    ['Police counted twenty-five soldiers at the gate.', 25, 'twenty-five'],
    ['Police counted a dozen soldiers at the gate.', 12, 'a dozen'],
    ['Police counted 1.2 million soldiers at the gate.', 1_200_000, '1.2 million'],
    ['Police counted 2.5m soldiers at the gate.', 2_500_000, '2.5m'],
    ['Police counted eleven thousand five hundred soldiers at the gate.', 11_500, 'eleven thousand five hundred']
  ])('reads %j as %d', (text, value, figure) => {
    const q = one(text)
    expect([q.low, q.high, q.figure]).toEqual([value, value, figure])
    expect(q.subject).toBe('~troops')
  })

  it('keeps the qualifier and widens the range it allows', () => {
    expect(one('about 10,000 troops').qualifier).toBe('about')
    expect(one('roughly 10,000 troops')).toMatchObject({ qualifier: 'roughly', low: 9500, high: 10500 })
    expect(one('at least 12 aircraft')).toMatchObject({ qualifier: 'at least', low: 12, high: 18 })
    expect(one('more than 3,000 people')).toMatchObject({ qualifier: 'more than', low: 3000 })
    expect(one('up to 600 vehicles')).toMatchObject({ qualifier: 'up to', high: 600 })
    expect(one('nearly 50 ships')).toMatchObject({ qualifier: 'nearly', low: 45, high: 50 })
  })

  it('reads ranges and vague plurals', () => {
    expect(one('3,000-5,000 men were seen')).toMatchObject({ low: 3000, high: 5000, subject: '~troops' })
    expect(one('between 2,000 and 4,000 troops')).toMatchObject({ low: 2000, high: 4000 })
    expect(one('3 to 5 million euros a day')).toMatchObject({ low: 3e6, high: 5e6, subject: '~euro' })
    expect(one('tens of thousands of residents fled')).toMatchObject({ low: 10_000, high: 99_000, subject: '~people' })
  })

  it('finds what is counted: the noun phrase after, "of", "the number of" before, or a currency', () => {
    expect(one('at least 12 fighter aircraft parked at the base')).toMatchObject({
      subject: '~aircraft',
      subjectText: 'fighter aircraft',
      text: 'at least 12 fighter aircraft'
    })
    expect(one('the imagery shows twelve airframes')).toMatchObject({ subject: '~aircraft' })
    expect(one('40% of voters backed him')).toMatchObject({ unit: 'percent', subject: 'voter' })
    expect(one('put the number of North Korean soldiers in Russia at roughly 10,000')).toMatchObject({
      subject: '~troops',
      subjectText: 'North Korean soldiers'
    })
    expect(one('a fine of $5 million')).toMatchObject({ subject: '~dollar', low: 5e6 })
    expect(one('over the past three weeks')).toMatchObject({ subject: 'week' })
    // a part of a group counted elsewhere is not compared on its own
    expect(read('roughly 10,000, with about 8,000 of them in Kursk')[1]).toMatchObject({ low: 7600, subject: null })
  })

  it('leaves out years, days of the month, times, model numbers and the "one" of "one official"', () => {
    expect(read('The base was expanded in 2019.')).toEqual([])
    expect(read('On 14 March the Su-35 jets took off at 10:30.')).toEqual([])
    expect(read('One official said so.')).toEqual([])
  })

  it('tells compatible figures from incompatible ones', () => {
    const [atLeast3k, about11k, about10k, roughly10k, exact10k] = [
      'at least 3,000 troops',
      'about 11,000 troops',
      'about 10,000 troops',
      'roughly 10,000 troops',
      '10,000 troops'
    ].map(one)
    expect(overlaps(about10k!, roughly10k!)).toBe(true)
    expect(overlaps(atLeast3k!, about11k!)).toBe(false)
    expect(overlaps(exact10k!, about11k!)).toBe(false)
    expect(overlaps(exact10k!, roughly10k!)).toBe(true)
    expect(overlaps(one('at least 12 aircraft'), one('eight aircraft'))).toBe(false)
  })
})

describe('quantities in real reporting (issue 17)', () => {
  it.each([
    ['The campaign hopes to raise $1 billion.', 1e9, '$1 billion'],
    ['The campaign raised $1.14bn.', 1.14e9, '$1.14bn'],
    ['The campaign raised 1.14bn dollars last year.', 1.14e9, '1.14bn'],
    ['The stadium cost $1-billion.', 1e9, '$1-billion'],
    ['The stadium cost US$1 billion.', 1e9, 'US$1 billion'],
    ['The stadium cost a $1 billion-plus sum.', 1e9, '$1 billion-plus'],
    ['The army sent three thousand.', 3000, 'three thousand']
  ])('reads the whole magnitude of %j', (text, value, figure) => {
    const q = one(text)
    expect([q.low, q.high, q.figure]).toEqual([value, value, figure])
  })

  it('reads a head-to-head result as a score, not as a range', () => {
    expect(one('Lind leads Moberg 52 percent to 38 percent among likely voters.')).toMatchObject({
      unit: 'score',
      low: 52,
      against: { low: 38, high: 38 }
    })
    expect(one('Lind leads Moberg 46-41 in the poll.')).toMatchObject({ unit: 'score', low: 46, against: { low: 41, high: 41 } })
    expect(one('Police counted 3,000-5,000 soldiers.')).toMatchObject({ unit: 'count', low: 3000, high: 5000, against: null })
  })

  it('keeps what a share says of its group as its measure', () => {
    expect(one('72 percent of Republicans back Lind').measure).toEqual(['republican', 'back', 'lind'])
    expect(one('76 percent of Republicans believe the economy is worse').measure).toEqual(['republican', '~economy', 'bad'])
  })

  it('marks a figure the claim corrects, counting what the figure it gives counts', () => {
    const [given, rejected] = read('A local monitor puts the toll at 40, not the 65 given by the army.')
    expect(given).toMatchObject({ low: 40, subject: '~kill', rejected: false })
    expect(rejected).toMatchObject({ low: 65, subject: '~kill', rejected: true })
  })

  it('gives a figure rounded to its scale word a wider "roughly"', () => {
    expect(overlaps(one('roughly $1 billion'), one('$1.14 billion'))).toBe(true)
    expect(overlaps(one('roughly $1 billion'), one('$1.3 billion'))).toBe(false)
    expect(overlaps(one('about 10,000 troops'), one('11,000 troops'))).toBe(false)
  })
})
