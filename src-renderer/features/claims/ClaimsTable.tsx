import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import type { ColumnDef, SortingState } from '@tanstack/react-table'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import type { LocalClaim } from './use-claims.ts'
import { claimColumns, type Review, type Save } from './columns.tsx'
import { filterClaims, textIndex } from './filter-claims.ts'
import { groupRows, isGroup, sortRows, type GridItem } from './claim-rows.ts'
import type { ClaimFilterState } from './ClaimFilters.tsx'
import { ClaimsGrid, type ClaimsGridHandle } from './ClaimsGrid.tsx'

export interface ClaimsTableHandle {
  /** Claim ids exactly as the table shows them now (filters, sort, grouping). */
  visibleIds(): number[]
  /** Brings the editor of the selected claim's `field` into its row at once (a, n) and gives it; null if that column is not shown. */
  showEditor(field: string): HTMLElement | null
}

interface Props {
  claims: LocalClaim[]
  filters: ClaimFilterState
  /** the stored forms the speaker filter matches (one person's variants); default: the filter's speaker */
  speakerForms?: string[]
  /** grouped by speaker: the person a stored form belongs to (one group for "Fowler" and "Don Fowler") */
  personOf?: (name: string) => string
  selectedId: number | null
  onSelect: (id: number) => void
  onOpen?: (claim: ClaimRow) => void
  onSave: Save
  withArticle?: boolean
  label?: string
  onShownChange?: (shown: number) => void
  review?: Review
  /** The columns that did not fit the pane (shown in the details pane instead). */
  onHiddenColumnsChange?: (ids: string[]) => void
}

/** Each column's value for a claim, read from the column definitions (the one place they are defined). */
function columnValues(columns: ColumnDef<ClaimRow, unknown>[]): (id: string) => ((row: LocalClaim) => unknown) | undefined {
  const byId = new Map<string, (row: LocalClaim) => unknown>()
  for (const def of columns) {
    const { accessorFn, accessorKey } = def as { accessorFn?: (row: ClaimRow, index: number) => unknown; accessorKey?: keyof ClaimRow }
    const id = def.id ?? (accessorKey as string | undefined)
    if (id && accessorFn) byId.set(id, (row) => accessorFn(row, 0))
    else if (id && accessorKey) byId.set(id, (row) => row[accessorKey])
  }
  return (id) => byId.get(id)
}

/**
 * Claims held in memory (an article's) as a sortable, filterable, groupable grid with inline editing (ClaimsGrid):
 * light rows, as in every claim's view (plain text; the editor comes in the selected row's active cell).
 * Filtering, sorting and grouping are passes over plain arrays (filter-claims.ts, claim-rows.ts); the grid builds
 * rows only for the claims in view. Every claim of the corpus is read a window at a time instead (CorpusClaimsView).
 */
export const ClaimsTable = forwardRef<ClaimsTableHandle, Props>(function ClaimsTable(
  {
    claims,
    filters,
    speakerForms,
    personOf,
    selectedId,
    onSelect,
    onOpen,
    onSave,
    withArticle = false,
    label = 'Claims',
    onShownChange,
    review,
    onHiddenColumnsChange
  },
  ref
) {
  const [sorting, setSorting] = useState<SortingState>([])
  const columns = useMemo(
    () => claimColumns(onSave, { withArticle, review }) as ColumnDef<ClaimRow, unknown>[],
    [onSave, withArticle, review]
  )
  const valueOf = useMemo(() => columnValues(columns), [columns])
  // Sorting and the text index happen once per change of the claims or the sort; a keystroke in the filter is
  // then a few indexOf calls over the index and one pass over the sorted claims (filter-claims.ts), milliseconds
  // at 100k claims, so it runs at once (deferring it would only add a second render per keystroke).
  const { text, confidence, groupBy } = filters
  const speaker = speakerForms ?? filters.speaker
  const sortedClaims = useMemo(() => sortRows(claims, sorting, valueOf) as LocalClaim[], [claims, sorting, valueOf])
  const index = useMemo(() => textIndex(sortedClaims), [sortedClaims])
  const shown = useMemo(
    () => filterClaims(sortedClaims, { text, confidence, speaker }, index),
    [sortedClaims, index, text, confidence, speaker]
  )
  const items = useMemo<GridItem<LocalClaim>[]>(() => {
    if (groupBy === 'none') return shown
    const value = valueOf(groupBy)!
    const groupOf =
      groupBy === 'attributedTo' && personOf ? (r: LocalClaim) => personOf(String(value(r))) : (r: LocalClaim) => String(value(r))
    const unsorted = sortedClaims === claims ? shown : filterClaims(claims, { text, confidence, speaker })
    return groupRows(shown, groupOf, unsorted, sorting.find((s) => s.id === groupBy) ?? null)
  }, [groupBy, shown, sortedClaims, claims, text, confidence, speaker, sorting, valueOf, personOf])
  // grouping keeps every shown claim, only in another order
  const leaves = useMemo(() => (groupBy === 'none' ? shown : items.filter((i): i is LocalClaim => !isGroup(i))), [groupBy, shown, items])

  const grid = useRef<ClaimsGridHandle>(null)
  useImperativeHandle(
    ref,
    () => ({ visibleIds: () => leaves.map((c) => c.id), showEditor: (field) => grid.current?.activate(field) ?? null }),
    [leaves]
  )
  useEffect(() => onShownChange?.(leaves.length), [leaves.length, onShownChange])

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : items.findIndex((r) => !isGroup(r) && r.id === selectedId)),
    [items, selectedId]
  )
  const itemAt = useCallback((i: number) => items[i], [items])
  const select = useCallback((id: number) => onSelect(id), [onSelect])

  return (
    <ClaimsGrid
      ref={grid}
      columns={columns}
      sorting={sorting}
      onSortingChange={setSorting}
      count={items.length}
      itemAt={itemAt}
      version={items}
      selectedId={selectedId}
      selectedIndex={selectedIndex}
      onSelect={select}
      onOpen={onOpen}
      label={label}
      light
      onHiddenColumnsChange={onHiddenColumnsChange}
      rowCount={items.length}
      empty={claims.length === 0 ? 'No claims yet: select text in the article and press 1, 2 or 3.' : 'No claims match the filters.'}
    />
  )
})
