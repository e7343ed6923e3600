import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  createTable,
  getCoreRowModel,
  getExpandedRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  type ColumnDef,
  type SortingState
} from '@tanstack/react-table'
import { groupRows, isGroup, sortRows, sortRowsAgain, type GridItem } from './claim-rows.ts'

interface Row {
  id: number
  quote: string
  confidence: string | null
  attributedTo: string
  claimCredibility: number | null
}

const columns: ColumnDef<Row, unknown>[] = [
  { accessorKey: 'quote', sortingFn: 'alphanumeric' },
  { id: 'confidence', accessorFn: (r) => r.confidence ?? 'none', sortingFn: 'alphanumeric' },
  { accessorKey: 'attributedTo', sortingFn: 'alphanumeric' },
  { accessorKey: 'claimCredibility', sortingFn: 'basic', aggregationFn: undefined, enableGrouping: false }
]

const valueOf = (id: string) => {
  if (id === 'confidence') return (r: Row) => r.confidence ?? 'none'
  if (id === 'quote' || id === 'attributedTo' || id === 'claimCredibility') return (r: Row) => r[id]
  return undefined
}

/** What @tanstack/react-table showed for the same rows, sort and grouping (the grid's former row model). */
function tanstackOrder(data: Row[], sorting: SortingState, groupBy: string | null): string[] {
  const table = createTable<Row>({
    data,
    columns,
    state: { sorting, grouping: groupBy ? [groupBy] : [], expanded: true, columnPinning: {}, columnVisibility: {}, columnOrder: [] },
    onStateChange: () => {},
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel()
  })
  return table
    .getRowModel()
    .rows.map((r) => (r.getIsGrouped() ? `group:${String(r.groupingValue)}:${r.subRows.length}` : String(r.original.id)))
}

function ourOrder(data: Row[], sorting: SortingState, groupBy: string | null): string[] {
  const sorted = sortRows(data, sorting, valueOf)
  const items: GridItem<Row>[] = groupBy
    ? groupRows(sorted, (r) => String(valueOf(groupBy)!(r)), data, sorting.find((s) => s.id === groupBy) ?? null)
    : [...sorted]
  return items.map((i) => (isGroup(i) ? `group:${i.group}:${i.count}` : String(i.id)))
}

const text = fc.array(fc.constantFrom('a', 'B', 'b', 'z', ' ', '0', '7', '10', '+', 'É'), { maxLength: 6 }).map((cs) => cs.join(''))
const rows = fc
  .array(
    fc.record({
      quote: text,
      confidence: fc.constantFrom('evidence', 'assess', 'do not yet know', null),
      attributedTo: fc.constantFrom('', 'Ilse Varga', 'ilse varga', 'John Kirby', 'Agent 7', 'Agent 10'),
      claimCredibility: fc.constantFrom(null, 1, 2, 6)
    }),
    { maxLength: 40 }
  )
  .map((rs) => rs.map((r, i) => ({ id: i + 1, ...r })))
const sorting = fc.uniqueArray(
  fc.record({ id: fc.constantFrom('quote', 'confidence', 'attributedTo', 'claimCredibility'), desc: fc.boolean() }),
  { maxLength: 2, selector: (s) => s.id }
)

describe('the claims grid order', () => {
  it('sorts exactly as the table library did: text case-insensitive with numbers by value, empty first, ties in the given order', () => {
    fc.assert(
      fc.property(rows, sorting, (data, sort) => {
        expect(ourOrder(data, sort, null)).toEqual(tanstackOrder(data, sort, null))
      }),
      { numRuns: 300 }
    )
  })

  it('groups exactly as the table library did, by tag or by speaker, also while sorted', () => {
    fc.assert(
      // (not by credibility: the library summed a group's credibility to place the group, which the grid never showed)
      fc.property(rows, sorting, fc.constantFrom('confidence', 'attributedTo'), (data, sort, groupBy) => {
        const textSort = sort.filter((s) => s.id !== 'claimCredibility')
        expect(ourOrder(data, textSort, groupBy)).toEqual(tanstackOrder(data, textSort, groupBy))
      }),
      { numRuns: 300 }
    )
  })

  it('puts "Agent 7" before "Agent 10" and "b" next to "B"', () => {
    const data: Row[] = ['Agent 10', 'b', 'Agent 7', 'B', 'a'].map((quote, i) => ({
      id: i + 1,
      quote,
      confidence: null,
      attributedTo: '',
      claimCredibility: null
    }))
    expect(sortRows(data, [{ id: 'quote', desc: false }], valueOf).map((r) => r.quote)).toEqual(['a', 'Agent 7', 'Agent 10', 'b', 'B'])
    expect(sortRows(data, [], valueOf)).toBe(data)
  })
})

describe('sorting again after a change', () => {
  const rows: Row[] = [
    { id: 1, quote: 'b', confidence: null, attributedTo: 'x', claimCredibility: 3 },
    { id: 2, quote: 'a', confidence: 'assess', attributedTo: 'y', claimCredibility: 1 },
    { id: 3, quote: 'c', confidence: 'evidence', attributedTo: 'z', claimCredibility: 2 }
  ]
  const byQuote: SortingState = [{ id: 'quote', desc: false }]

  it('keeps the order with the changed rows in it when no sort value changed', () => {
    const first = sortRowsAgain(undefined, rows, byQuote, valueOf)
    const changed = rows.map((r) => (r.id === 3 ? { ...r, attributedTo: 'w' } : r))
    const again = sortRowsAgain(first, changed, byQuote, valueOf)
    expect(again.shown.map((r) => r.id)).toEqual([2, 1, 3])
    expect(again.shown[2]).toBe(changed[2])
    expect(again.shown).toEqual(sortRows(changed, byQuote, valueOf))
  })

  it('sorts again when a sort value changed, a row came or went, or the sorting changed', () => {
    const first = sortRowsAgain(undefined, rows, byQuote, valueOf)
    const moved = rows.map((r) => (r.id === 3 ? { ...r, quote: 'aa' } : r))
    expect(sortRowsAgain(first, moved, byQuote, valueOf).shown.map((r) => r.id)).toEqual([2, 3, 1])
    expect(sortRowsAgain(first, rows.slice(1), byQuote, valueOf).shown.map((r) => r.id)).toEqual([2, 3])
    const byCredibility: SortingState = [{ id: 'claimCredibility', desc: true }]
    expect(sortRowsAgain(first, rows, byCredibility, valueOf).shown.map((r) => r.id)).toEqual([1, 3, 2])
  })

  it('gives what sortRows gives for any change of any rows', () => {
    const row = fc.record({
      quote: fc.constantFrom('a', 'b', 'a2', 'a10'),
      confidence: fc.constantFrom(null, 'assess', 'evidence'),
      attributedTo: fc.constantFrom('', 'x'),
      claimCredibility: fc.constantFrom(null, 1, 2)
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.array(fc.tuple(fc.nat(), row)), (given, edits) => {
        const before = given.map((r, i) => ({ ...r, id: i }))
        const after = [...before]
        for (const [at, r] of edits) if (after.length) after[at % after.length] = { ...r, id: at % after.length }
        const first = sortRowsAgain(undefined, before, byQuote, valueOf)
        expect(sortRowsAgain(first, after, byQuote, valueOf).shown).toEqual(sortRows(after, byQuote, valueOf))
      })
    )
  })
})
