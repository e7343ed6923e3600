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

/** Arrow keys (and Home/End, Page Up/Down) move the open row; with Shift they extend the range from the anchor. */
export function moveActive(sel: Selection, order: readonly number[], move: Move, extend: boolean): Selection {
  if (!order.length) return sel
  const at = sel.active === null ? -1 : order.indexOf(sel.active)
  const target =
    move === 'first'
      ? 0
      : move === 'last'
        ? order.length - 1
        : at < 0
          ? move > 0
            ? 0
            : order.length - 1
          : Math.min(order.length - 1, Math.max(0, at + move))
  const id = order[target]!
  if (extend) {
    const anchor = sel.anchor ?? sel.active ?? id
    return { ids: range(order, anchor, id), anchor, active: id }
  }
  return only(id)
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

/** The selected rows in the order they are shown. */
export const selectedInOrder = (sel: Selection, order: readonly number[]): number[] => order.filter((id) => sel.ids.has(id))
