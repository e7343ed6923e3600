import { forwardRef, useDeferredValue, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type GroupingState,
  type Row,
  type SortingState
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import type { LocalClaim } from './use-claims.ts'
import { claimColumns, type Review, type Save } from './columns.tsx'
import { filterClaims } from './filter-claims.ts'
import type { ClaimFilterState } from './ClaimFilters.tsx'

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
}

const ROW_HEIGHT = 58
const GROUP_HEIGHT = 34
const HEAD_HEIGHT = 34

/** The claims as a virtualized, sortable, filterable, groupable grid with inline editing. */
export const ClaimsTable = forwardRef<ClaimsTableHandle, Props>(function ClaimsTable({ claims, filters, selectedId, onSelect, onOpen, onSave, withArticle = false, label = 'Claims', onShownChange, review }, ref) {
  const [sorting, setSorting] = useState<SortingState>([])
  const columns = useMemo(() => claimColumns(onSave, { withArticle, review }), [onSave, withArticle, review])
  // Filtering is one pass over the rows (filter-claims.ts); the text filter is deferred so typing stays fluid.
  const text = useDeferredValue(filters.text)
  const shownClaims = useMemo(() => filterClaims(claims, { text, confidence: filters.confidence, speaker: filters.speaker }), [claims, text, filters.confidence, filters.speaker])
  const grouped = filters.groupBy !== 'none'
  const grouping = useMemo<GroupingState>(() => (grouped ? [filters.groupBy] : []), [grouped, filters.groupBy])

  const table = useReactTable({
    data: shownClaims,
    columns,
    state: { sorting, grouping, expanded: true },
    onSortingChange: setSorting,
    getRowId: (r) => (r as LocalClaim).key ?? String(r.id),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    // the grouping models cost a pass over every row: only when grouping
    ...(grouped ? { getGroupedRowModel: getGroupedRowModel(), getExpandedRowModel: getExpandedRowModel() } : {}),
    groupedColumnMode: false
  })
  const rows = table.getRowModel().rows
  const leafIds = useMemo(() => rows.filter((r) => !r.getIsGrouped()).map((r) => r.original.id), [rows])

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.getIsGrouped() ? GROUP_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    scrollMargin: HEAD_HEIGHT, // the sticky header sits above the rows in the same scroller
    scrollPaddingStart: HEAD_HEIGHT
  })

  useImperativeHandle(ref, () => ({ visibleIds: () => leafIds }), [leafIds])
  useEffect(() => onShownChange?.(leafIds.length), [leafIds.length, onShownChange])

  const selectedIndex = useMemo(() => rows.findIndex((r) => !r.getIsGrouped() && r.original.id === selectedId), [rows, selectedId])
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtual])

  const template = table
    .getVisibleLeafColumns()
    .map((c) => (c.id === 'quote' ? `minmax(${c.getSize()}px, 3fr)` : c.id === 'note' || c.id === 'articleTitle' ? `minmax(${c.getSize()}px, 1fr)` : `${c.getSize()}px`))
    .join(' ')

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      const next = leafIds[Math.max(0, Math.min(leafIds.length - 1, leafIds.indexOf(selectedId ?? -1) + step))]
      if (next !== undefined) onSelect(next)
    } else if (e.key === 'Enter' && onOpen && selectedIndex >= 0) {
      onOpen(rows[selectedIndex]!.original)
    }
  }

  const renderRow = (row: Row<ClaimRow>, index: number, start: number) => {
    if (row.getIsGrouped()) {
      const value = row.groupingValue as string
      return (
        <div key={row.id} role="row" aria-rowindex={index + 2} className="grid-group-row" style={{ transform: `translateY(${start}px)`, height: GROUP_HEIGHT }}>
          <div role="gridcell" aria-colspan={columns.length}>
            <strong>{value === 'none' ? 'untagged' : value || '(no speaker)'}</strong> <span className="cell-muted">{row.subRows.length} claim{row.subRows.length === 1 ? '' : 's'}</span>
          </div>
        </div>
      )
    }
    const c = row.original
    return (
      <div
        key={row.id}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={c.id === selectedId}
        data-claim-id={c.id}
        className={`grid-row${(c as { suggested?: boolean }).suggested ? ' suggested' : c.id < 0 ? ' pending' : ''}`}
        style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT, gridTemplateColumns: template }}
        onMouseDown={(e) => {
          if (!(e.target as HTMLElement).closest('input, select')) onSelect(c.id)
          else if (c.id !== selectedId) onSelect(c.id)
        }}
        onDoubleClick={() => onOpen?.(c)}
      >
        {row.getVisibleCells().map((cell) => (
          <div role="gridcell" key={cell.id} className={`cell col-${cell.column.id}`}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        ))}
      </div>
    )
  }

  return (
    <div className="claims-grid" role="grid" aria-label={label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} tabIndex={0} onKeyDown={onKeyDown}>
      <div className="grid-scroll" ref={scrollRef}>
        <div className="grid-inner" style={{ minWidth: table.getTotalSize() }}>
        <div role="rowgroup" className="grid-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} key={group.id} className="grid-head-row" style={{ gridTemplateColumns: template }}>
              {group.headers.map((h) => {
                const sorted = h.column.getIsSorted()
                return (
                  <div role="columnheader" key={h.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className={`cell col-${h.column.id}`}>
                    <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </div>
                )
              })}
            </div>
          ))}
        </div>
          <div role="rowgroup" className="grid-canvas" style={{ height: virtual.getTotalSize() }}>
            {virtual.getVirtualItems().map((v) => renderRow(rows[v.index]!, v.index, v.start - HEAD_HEIGHT))}
          </div>
        </div>
        {rows.length === 0 ? <p className="empty">{claims.length === 0 ? 'No claims yet: select text in the article and press 1, 2 or 3.' : 'No claims match the filters.'}</p> : null}
      </div>
    </div>
  )
})
