import { describe, expect, it } from 'vitest'
import { clickRow, keepVisible, moveActive, only, selectAll, selectedInOrder, toggleActive, type Selection } from './selection.ts'

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
    let s = moveActive(only(20), order, 1, false)
    expect(s).toEqual(only(30))
    s = moveActive(s, order, 1, true)
    s = moveActive(s, order, 1, true)
    expect(ids(s)).toEqual([30, 40, 50])
    s = moveActive(s, order, 1, true)
    expect(s.active).toBe(50)
    s = moveActive(s, order, -10, true)
    expect(ids(s)).toEqual([10, 20, 30])
    expect(moveActive(s, order, 'last', false)).toEqual(only(50))
  })

  it('starts at the first or last row when nothing is open', () => {
    expect(moveActive({ ids: new Set(), anchor: null, active: null }, order, 1, false)).toEqual(only(10))
    expect(moveActive({ ids: new Set(), anchor: null, active: null }, order, -1, false)).toEqual(only(50))
  })

  it('toggles the open row with Space and selects all with Ctrl+A', () => {
    expect(ids(toggleActive(only(30)))).toEqual([])
    expect(ids(selectAll(order, 30))).toEqual(order)
  })

  it('forgets rows that are no longer shown', () => {
    const s = keepVisible({ ids: new Set([20, 30, 40]), anchor: 20, active: 40 }, [10, 30, 50])
    expect(s).toEqual({ ids: new Set([30]), anchor: null, active: null })
    expect(selectedInOrder({ ids: new Set([50, 10]), anchor: null, active: null }, order)).toEqual([10, 50])
  })
})
