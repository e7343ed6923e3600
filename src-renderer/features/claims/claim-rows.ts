/**
 * The claims grid's rows as plain arrays: sorted, then grouped, without building a
 * table-library row object per claim (at 100k claims those objects cost seconds of
 * work and garbage on every change). The order is the one the grid showed when
 * @tanstack/react-table sorted and grouped the rows: text compares case-insensitively
 * with runs of digits compared as numbers (its "alphanumeric"), numbers by value, an
 * empty or missing value first when ascending; ties keep the given order; groups come
 * in the order their first claim had before sorting, unless the grid is sorted by the
 * grouped column.
 */

export interface SortKey {
  id: string
  desc: boolean
}

export type ValueOf<T> = (columnId: string) => ((row: T) => unknown) | undefined

/** A group heading in the grid, followed by its `count` rows. */
export class GroupItem {
  constructor(
    readonly group: string,
    readonly count: number
  ) {}
}

export type GridItem<T> = T | GroupItem

export const isGroup = <T>(item: GridItem<T>): item is GroupItem => item instanceof GroupItem

const DIGITS = /([0-9]+)/
type Chunks = (string | number)[]

/** A text's comparison key: lower-cased, split into runs of digits (as numbers) and the rest. */
function chunks(value: unknown): Chunks {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
  return text
    .toLowerCase()
    .split(DIGITS)
    .filter(Boolean)
    .map((c) => (DIGITS.test(c) ? parseInt(c, 10) : c))
}

function compareChunks(a: Chunks, b: Chunks): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x === y) continue
    const xNum = typeof x === 'number'
    const yNum = typeof y === 'number'
    if (xNum !== yNum) return xNum ? 1 : -1 // text sorts before a number
    return x > y ? 1 : -1
  }
  return a.length - b.length
}

/** Numbers by value, a missing one first. */
function compareNumbers(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === null || a === undefined) return -1
  if (b === null || b === undefined) return 1
  return (a as number) > (b as number) ? 1 : -1
}

/** A comparator over precomputed keys for one column: text (alphanumeric) if any value is a string, else numbers. */
function columnComparator<T>(
  rows: readonly T[],
  value: (row: T) => unknown
): { keys: unknown[]; compare: (a: unknown, b: unknown) => number } {
  const raw = rows.map(value)
  if (raw.some((v) => typeof v === 'string')) return { keys: raw.map(chunks), compare: (a, b) => compareChunks(a as Chunks, b as Chunks) }
  return { keys: raw, compare: compareNumbers }
}

/** The rows in the order `sorting` asks for (the same array when it asks for none). Stable. */
export function sortRows<T>(rows: readonly T[], sorting: readonly SortKey[], valueOf: ValueOf<T>): readonly T[] {
  const columns = sorting.flatMap((s) => {
    const value = valueOf(s.id)
    return value ? [{ ...columnComparator(rows, value), sign: s.desc ? -1 : 1 }] : []
  })
  if (columns.length === 0) return rows
  const order = rows.map((_, i) => i)
  order.sort((i, j) => {
    for (const c of columns) {
      const d = c.compare(c.keys[i], c.keys[j])
      if (d !== 0) return d * c.sign
    }
    return i - j
  })
  return order.map((i) => rows[i]!)
}

/** A sort kept for the next one: the rows it was given, the sorting and the rows in order. */
export interface Sorted<T> {
  rows: readonly T[]
  sorting: readonly SortKey[]
  shown: readonly T[]
}

/**
 * sortRows, reusing the previous sort when the rows are the same rows in the same places and none of their sort
 * values changed (a library row whose claim counts a retag changed): the same order, with the new objects in it.
 * A pass over the rows instead of a sort of their keys (30 ms at 10k articles, on every retag).
 */
export function sortRowsAgain<T extends { id: number }>(
  previous: Sorted<T> | undefined,
  rows: readonly T[],
  sorting: readonly SortKey[],
  valueOf: ValueOf<T>
): Sorted<T> {
  if (previous && previous.sorting === sorting && previous.rows.length === rows.length) {
    const values = sorting.flatMap((s) => valueOf(s.id) ?? [])
    const replaced = new Map<T, T>()
    let same = true
    for (let i = 0; i < rows.length && same; i++) {
      const [was, now] = [previous.rows[i]!, rows[i]!]
      if (was === now) continue
      same = was.id === now.id && values.every((v) => v(was) === v(now))
      replaced.set(was, now)
    }
    if (same) return { rows, sorting, shown: replaced.size ? previous.shown.map((r) => replaced.get(r) ?? r) : previous.shown }
  }
  return { rows, sorting, shown: sortRows(rows, sorting, valueOf) }
}

/**
 * Groups rows (filtered and sorted) under headings of `groupOf(row)`, each group
 * keeping its rows' order. Groups come in the order of their first row in
 * `unsorted` (the same rows before sorting); when `groupSort` is given (the grid is
 * sorted by the grouped column), sorted by their value in that direction, ties
 * keeping that order.
 */
export function groupRows<T>(
  rows: readonly T[],
  groupOf: (row: T) => string,
  unsorted: readonly T[],
  groupSort: SortKey | null
): GridItem<T>[] {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const g = groupOf(row)
    const list = groups.get(g)
    if (list) list.push(row)
    else groups.set(g, [row])
  }
  const seen = new Set<string>()
  for (const row of unsorted) {
    if (seen.size === groups.size) break
    seen.add(groupOf(row))
  }
  let order = [...seen]
  if (groupSort) order = sortRows(order, [{ id: 'group', desc: groupSort.desc }], () => (name: string) => name) as string[]
  const items: GridItem<T>[] = []
  for (const g of order) {
    const list = groups.get(g)!
    items.push(new GroupItem(g, list.length))
    for (const row of list) items.push(row)
  }
  return items
}
