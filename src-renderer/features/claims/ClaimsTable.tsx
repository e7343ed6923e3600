import { forwardRef, memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Table } from '@tanstack/react-table'
import { ariaSort, SortButton } from '../../ui/SortButton.tsx'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import type { LocalClaim } from './use-claims.ts'
import { claimColumns, type Review, type Save } from './columns.tsx'
import { filterClaims, textIndex } from './filter-claims.ts'
import { groupRows, isGroup, sortRows, type GridItem, type GroupItem } from './claim-rows.ts'
import type { ClaimFilterState } from './ClaimFilters.tsx'
import { fitColumns, hiddenColumns } from './fit-columns.ts'

export interface ClaimsTableHandle {
  /** Claim ids exactly as the table shows them now (filters, sort, grouping). */
  visibleIds(): number[]
}

interface Props {
  claims: LocalClaim[]
  filters: ClaimFilterState
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

const ROW_HEIGHT = 58
const GROUP_HEIGHT = 34
const HEAD_HEIGHT = 34

const rowId = (r: LocalClaim): string => r.key ?? String(r.id)
const columnId = (def: ColumnDef<ClaimRow, unknown>): string => def.id ?? String((def as { accessorKey?: string }).accessorKey)

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
 * The claims as a virtualized, sortable, filterable, groupable grid with inline editing.
 * Filtering, sorting and grouping are passes over plain arrays (filter-claims.ts,
 * claim-rows.ts); the table library builds rows only for the claims in view, so a
 * keystroke or an edit among 100k claims costs milliseconds, not a rebuild of 100k rows.
 */
export const ClaimsTable = forwardRef<ClaimsTableHandle, Props>(function ClaimsTable(
  {
    claims,
    filters,
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
  const { text, confidence, speaker, groupBy } = filters
  const sortedClaims = useMemo(() => sortRows(claims, sorting, valueOf) as LocalClaim[], [claims, sorting, valueOf])
  const index = useMemo(() => textIndex(sortedClaims), [sortedClaims])
  const shown = useMemo(
    () => filterClaims(sortedClaims, { text, confidence, speaker }, index),
    [sortedClaims, index, text, confidence, speaker]
  )
  const items = useMemo<GridItem<LocalClaim>[]>(() => {
    if (groupBy === 'none') return shown
    const groupOf = valueOf(groupBy)!
    const unsorted = sortedClaims === claims ? shown : filterClaims(claims, { text, confidence, speaker })
    return groupRows(shown, (r) => String(groupOf(r)), unsorted, sorting.find((s) => s.id === groupBy) ?? null)
  }, [groupBy, shown, sortedClaims, claims, text, confidence, speaker, sorting, valueOf])
  // grouping keeps every shown claim, only in another order
  const leaves = useMemo(() => (groupBy === 'none' ? shown : items.filter((i): i is LocalClaim => !isGroup(i))), [groupBy, shown, items])

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (isGroup(items[i]!) ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    scrollMargin: HEAD_HEIGHT, // the sticky header sits above the rows in the same scroller
    scrollPaddingStart: HEAD_HEIGHT
  })
  const inView = virtual.getVirtualItems()

  // The table library sees only the claims in view: it gives the header, sort toggles and each cell.
  // Rebuilt only when the rows in view change, so cells keep their row objects between renders.
  const first = inView[0]?.index ?? 0
  const last = inView.at(-1)?.index ?? -1
  const data = useMemo(() => items.slice(first, last + 1).filter((i): i is LocalClaim => !isGroup(i)), [items, first, last])
  // columns fit the pane: the less used ones collapse into the details pane as it narrows
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    setWidth(el.clientWidth)
    const observer = new ResizeObserver(() => setWidth(el.clientWidth))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const columnVisibility = useMemo(
    () =>
      fitColumns(
        columns.map((c) => ({ id: columnId(c), size: c.size ?? 150 })),
        width
      ),
    [columns, width]
  )
  const hidden = hiddenColumns(columnVisibility).join(' ')
  useEffect(() => onHiddenColumnsChange?.(hidden ? hidden.split(' ') : []), [hidden, onHiddenColumnsChange])
  const shape = useMemo(() => ({ columns, hidden }), [columns, hidden])

  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnVisibility },
    onSortingChange: setSorting,
    manualSorting: true,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel()
  })

  useImperativeHandle(ref, () => ({ visibleIds: () => leaves.map((c) => c.id) }), [leaves])
  useEffect(() => onShownChange?.(leaves.length), [leaves.length, onShownChange])

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : items.findIndex((r) => !isGroup(r) && r.id === selectedId)),
    [items, selectedId]
  )
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtual])

  const template = table
    .getVisibleLeafColumns()
    .map((c) =>
      c.id === 'quote'
        ? `minmax(${c.getSize()}px, 3fr)`
        : c.id === 'note' || c.id === 'articleTitle'
          ? `minmax(${c.getSize()}px, 1fr)`
          : `${c.getSize()}px`
    )
    .join(' ')

  // WAI-ARIA grid: one Tab stop; Up/Down move between claims, Left/Right between the selected row's cells,
  // Enter or F2 edits the cell (its field takes the keyboard), Escape gives it back
  const [activeColumn, setActiveColumn] = useState(0)
  const columnCount = table.getVisibleLeafColumns().length
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('input, select, textarea, button')) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      const at = leaves.findIndex((c) => c.id === selectedId)
      const next = leaves[Math.max(0, Math.min(leaves.length - 1, at + step))]
      if (next !== undefined) onSelect(next.id)
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault()
      setActiveColumn((c) => Math.max(0, Math.min(columnCount - 1, c + (e.key === 'ArrowRight' ? 1 : -1))))
    } else if (e.key === 'Enter' || e.key === 'F2') {
      const cell = scrollRef.current?.querySelector<HTMLElement>('[role="row"][aria-selected="true"] [data-active-cell]')
      const editor = cell?.querySelector<HTMLElement>('input, select') // the quote cell has none: Enter there accepts
      if (editor && (e.key === 'F2' || !onOpen)) {
        e.preventDefault()
        e.stopPropagation() // Enter edits here; it does not also accept or open
        editor.focus()
        if (editor instanceof HTMLInputElement) editor.select()
      } else if (e.key === 'Enter' && onOpen && selectedIndex >= 0) onOpen(items[selectedIndex] as LocalClaim)
    }
  }

  const renderGroup = (item: GroupItem, index: number, start: number) => (
    <div
      key={`group:${item.group}`}
      role="row"
      aria-rowindex={index + 2}
      className="grid-group-row"
      style={{ transform: `translateY(${start}px)`, height: GROUP_HEIGHT }}
    >
      <div role="gridcell" aria-colspan={columns.length}>
        <strong>{item.group === 'none' ? 'untagged' : item.group || '(no speaker)'}</strong>{' '}
        <span className="cell-muted">
          {item.count} claim{item.count === 1 ? '' : 's'}
        </span>
      </div>
    </div>
  )

  // the row handlers read the latest props through a ref, so a row re-renders only when its own data changes
  const handlers = useRef({ onSelect, onOpen, selectedId })
  handlers.current = { onSelect, onOpen, selectedId }
  const renderRow = (c: LocalClaim, index: number, start: number) => (
    <ClaimGridRow
      key={rowId(c)}
      claim={c}
      index={index}
      start={start}
      selected={c.id === selectedId}
      activeColumn={c.id === selectedId ? Math.min(activeColumn, columnCount - 1) : -1}
      template={template}
      columns={shape}
      table={table}
      handlers={handlers}
    />
  )

  return (
    <div
      className="claims-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={items.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="grid-scroll" ref={scrollRef}>
        <div className="grid-inner" style={{ minWidth: table.getTotalSize() }}>
          <div role="rowgroup" className="grid-head">
            {table.getHeaderGroups().map((group) => (
              <div role="row" aria-rowindex={1} key={group.id} className="grid-head-row" style={{ gridTemplateColumns: template }}>
                {group.headers.map((h) => (
                  <div role="columnheader" key={h.id} aria-sort={ariaSort(h)} className={`cell col-${h.column.id}`}>
                    <SortButton header={h} />
                  </div>
                ))}
              </div>
            ))}
          </div>
          <div role="rowgroup" className="grid-canvas" style={{ height: virtual.getTotalSize() }}>
            {inView.map((v) => {
              const item = items[v.index]!
              return isGroup(item) ? renderGroup(item, v.index, v.start - HEAD_HEIGHT) : renderRow(item, v.index, v.start - HEAD_HEIGHT)
            })}
          </div>
        </div>
        {items.length === 0 ? (
          <p className="empty">
            {claims.length === 0 ? 'No claims yet: select text in the article and press 1, 2 or 3.' : 'No claims match the filters.'}
          </p>
        ) : null}
      </div>
    </div>
  )
})

interface RowProps {
  claim: LocalClaim
  index: number
  start: number
  selected: boolean
  /** the cell Enter/F2 edits (in the selected row), else -1 */
  activeColumn: number
  template: string
  /** the column definitions the cells come from, and which of them are shown (a change re-renders every row) */
  columns: unknown
  table: Table<ClaimRow>
  handlers: { current: { onSelect: (id: number) => void; onOpen?: (claim: ClaimRow) => void; selectedId: number | null } }
}

/**
 * One claim's row. Memoized: scrolling or filtering re-renders only the rows that
 * come into view or whose claim, position or selection changed, not every row's editors.
 */
const ClaimGridRow = memo(
  function ClaimGridRow({ claim: c, index, start, selected, activeColumn, template, table, handlers }: RowProps) {
    const row = table.getRow(rowId(c))
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        data-claim-id={c.id}
        className={`grid-row${(c as { suggested?: boolean }).suggested ? ' suggested' : c.id < 0 ? ' pending' : ''}`}
        style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT, gridTemplateColumns: template }}
        onMouseDown={(e) => {
          const { onSelect, selectedId } = handlers.current
          if (!(e.target as HTMLElement).closest('input, select')) onSelect(c.id)
          else if (c.id !== selectedId) onSelect(c.id)
        }}
        onDoubleClick={() => handlers.current.onOpen?.(c)}
      >
        {row.getVisibleCells().map((cell, i) => (
          <div
            role="gridcell"
            key={cell.id}
            className={`cell col-${cell.column.id}${i === activeColumn ? ' active-cell' : ''}`}
            data-active-cell={i === activeColumn || undefined}
          >
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        ))}
      </div>
    )
  },
  (a, b) =>
    a.claim === b.claim &&
    a.index === b.index &&
    a.start === b.start &&
    a.selected === b.selected &&
    a.activeColumn === b.activeColumn &&
    a.template === b.template &&
    a.columns === b.columns
)
