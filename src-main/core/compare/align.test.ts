import { describe, expect, it } from 'vitest'
import { align } from './align.ts'

describe('pairing claims by similarity', () => {
  it('keeps the best match of each side, so one claim can meet two', () => {
    // left 0 and left 1 both match right 0 best; right 1 matches nothing
    const sim = [
      [0.6, 0.1],
      [0.4, 0.05],
      [0.0, 0.0]
    ]
    expect(align(sim, 2, 0.25)).toEqual([
      { left: 0, right: 0, similarity: 0.6 },
      { left: 1, right: 0, similarity: 0.4 },
      { left: 2, right: null, similarity: null },
      { left: null, right: 1, similarity: null }
    ])
  })

  it('adds the extra pairs the caller asks for, below the threshold too', () => {
    const sim = [[0.5, 0.2]]
    expect(align(sim, 2, 0.25).map((a) => [a.left, a.right])).toEqual([
      [0, 0],
      [null, 1]
    ])
    expect(align(sim, 2, 0.25, (_i, j, s) => j === 1 && s >= 0.15).map((a) => [a.left, a.right])).toEqual([
      [0, 0],
      [0, 1]
    ])
  })

  it('handles an article with no claims', () => {
    expect(align([], 2, 0.25)).toEqual([
      { left: null, right: 0, similarity: null },
      { left: null, right: 1, similarity: null }
    ])
    expect(align([[], []], 0, 0.25)).toEqual([
      { left: 0, right: null, similarity: null },
      { left: 1, right: null, similarity: null }
    ])
  })
})
