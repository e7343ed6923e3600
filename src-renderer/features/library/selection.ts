/** The library's multi-selection: which rows are selected, where a shift-range starts, and which row is open. */
export interface Selection {
  ids: ReadonlySet<number>
  /** where a shift-click or shift-arrow range starts */
  anchor: number | null
  /** the row with the keyboard focus, open in the reader */
  active: number | null
}

export const noSelection: Selection = { ids: new Set(), anchor: null, active: null }

export const only = (id: number): Selection => ({ ids: new Set([id]), anchor: id, active: id })

function range(order: readonly number[], from: number, to: number): Set<number> {
  const a = order.indexOf(from)
  const b = order.indexOf(to)
  if (a < 0 || b < 0) return new Set([to])
  return new Set(order.slice(Math.min(a, b), Math.max(a, b) + 1))
}

/** A click: alone selects just that row; with Ctrl/⌘ toggles it; with Shift selects the range from the anchor. */
export function clickRow(sel: Selection, order: readonly number[], id: number, mods: { shift: boolean; toggle: boolean }): Selection {
  if (mods.shift && sel.anchor !== null) return { ids: range(order, sel.anchor, id), anchor: sel.anchor, active: id }
  if (mods.toggle) {
    const ids = new Set(sel.ids)
    if (ids.has(id)) ids.delete(id)
    else ids.add(id)
    return { ids, anchor: id, active: id }
  }
  return only(id)
}

export type Move = 1 | -1 | 10 | -10 | 'first' | 'last'

/** Where an arrow key (Home/End, Page Up/Down) moves the open row among `count` rows from row `at` (-1: none open). */
export function targetIndex(at: number, count: number, move: Move): number {
  if (move === 'first') return 0
  if (move === 'last') return count - 1
  if (at < 0) return move > 0 ? 0 : count - 1
  return Math.min(count - 1, Math.max(0, at + move))
}

/**
 * A move to row `id` with Shift: the range from the anchor (or the open row) to it; `between` holds the ids from the
 * anchor's row to the target's, in view order.
 */
export function extendTo(sel: Selection, between: readonly number[], id: number): Selection {
  const anchor = sel.anchor ?? sel.active ?? id
  return { ids: range(between, anchor, id), anchor, active: id }
}

/** Space: adds or removes the open row without moving. */
export function toggleActive(sel: Selection): Selection {
  if (sel.active === null) return sel
  return clickRow(sel, [], sel.active, { shift: false, toggle: true })
}

export const selectAll = (order: readonly number[], active: number | null): Selection => ({
  ids: new Set(order),
  anchor: order[0] ?? null,
  active: active ?? order[0] ?? null
})

/** Drops rows that are no longer shown (deleted, filtered out); keeps the rest as they were. */
export function keepVisible(sel: Selection, order: readonly number[]): Selection {
  const shown = new Set(order)
  const ids = [...sel.ids].filter((id) => shown.has(id))
  if (ids.length === sel.ids.size && (sel.active === null || shown.has(sel.active))) return sel
  return {
    ids: new Set(ids),
    anchor: sel.anchor !== null && shown.has(sel.anchor) ? sel.anchor : null,
    active: sel.active !== null && shown.has(sel.active) ? sel.active : null
  }
}
