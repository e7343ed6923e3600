import { describe, expect, it } from 'vitest'
import { clickRow, extendTo, keepVisible, only, selectAll, targetIndex, toggleActive, type Selection } from './selection.ts'

const order = [10, 20, 30, 40, 50]
const ids = (s: Selection) => [...s.ids].sort((a, b) => a - b)

describe('selecting library rows', () => {
  it('selects one row with a plain click, toggles with Ctrl, and takes a range with Shift', () => {
    let s = clickRow(only(10), order, 20, { shift: false, toggle: false })
    expect(s).toEqual({ ids: new Set([20]), anchor: 20, active: 20 })
    s = clickRow(s, order, 40, { shift: false, toggle: true })
    expect(ids(s)).toEqual([20, 40])
    s = clickRow(s, order, 10, { shift: true, toggle: false })
    expect(ids(s)).toEqual([10, 20, 30, 40])
    expect(s.active).toBe(10)
    s = clickRow(s, order, 20, { shift: false, toggle: true })
    expect(ids(s)).toEqual([10, 30, 40])
  })

  it('moves with the arrows, extends with Shift from the anchor, and stops at the ends', () => {
    expect(targetIndex(1, 5, 1)).toBe(2)
    expect(targetIndex(4, 5, 1)).toBe(4)
    expect(targetIndex(2, 5, -10)).toBe(0)
    expect(targetIndex(2, 5, 'last')).toBe(4)
    let s = extendTo(only(30), [30, 40], 40)
    s = extendTo(s, [30, 40, 50], 50)
    expect(ids(s)).toEqual([30, 40, 50])
    expect(s.anchor).toBe(30)
    s = extendTo(s, [10, 20, 30], 10)
    expect(ids(s)).toEqual([10, 20, 30])
    expect(s.active).toBe(10)
  })

  it('starts at the first or last row when nothing is open', () => {
    expect(targetIndex(-1, 5, 1)).toBe(0)
    expect(targetIndex(-1, 5, -1)).toBe(4)
  })

  it('toggles the open row with Space and selects all with Ctrl+A', () => {
    expect(ids(toggleActive(only(30)))).toEqual([])
    expect(ids(selectAll(order, 30))).toEqual(order)
  })

  it('forgets rows that are no longer shown', () => {
    const s = keepVisible({ ids: new Set([20, 30, 40]), anchor: 20, active: 40 }, [10, 30, 50])
    expect(s).toEqual({ ids: new Set([30]), anchor: null, active: null })
  })
})
