import { describe, expect, it } from 'vitest'
import { segments } from './highlight.ts'

describe('highlighting search matches', () => {
  it('splits text into plain and matched parts', () => {
    expect(segments('the convoy crossed', [[4, 10]])).toEqual([
      { text: 'the ', hit: false },
      { text: 'convoy', hit: true },
      { text: ' crossed', hit: false }
    ])
  })

  it('keeps markup-like text as text and survives bad or overlapping ranges', () => {
    expect(
      segments('<b>x</b>', [
        [3, 4],
        [2, 5],
        [40, 50]
      ])
    ).toEqual([
      { text: '<b', hit: false },
      { text: '>x<', hit: true },
      { text: '/b>', hit: false }
    ])
    expect(segments('abc', [])).toEqual([{ text: 'abc', hit: false }])
  })
})
