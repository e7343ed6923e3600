import { describe, expect, it } from 'vitest'
import { publishedDate } from './published-date.ts'

describe('reading a publication date', () => {
  it.each([
    ['2024-10-23', '2024-10-23'],
    ['2024-10-23T23:30:00-05:00', '2024-10-23'],
    ['2024/10/23', '2024-10-23'],
    ['2024-1-5', '2024-01-05'],
    ['D:20241023120000Z', '2024-10-23'],
    ['23 October 2024', '2024-10-23'],
    ['October 23, 2024', '2024-10-23']
  ])('reads %s as %s', (raw, iso) => {
    expect(publishedDate(raw)).toBe(iso)
  })

  it.each([[''], [null], ['2024'], ['2024-02-30'], ['yesterday'], ['12/11/10'], ['0000-01-01']])('gives no date for %j', (raw) => {
    expect(publishedDate(raw)).toBeNull()
  })
})
