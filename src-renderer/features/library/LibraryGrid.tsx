import { useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type OnChangeFn, type SortingState } from '@tanstack/react-table'
import { ariaSort, SortButton } from '../../ui/SortButton.tsx'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleSummary, SearchHit } from '../../../src-main/contract/index.ts'
import { sortRowsAgain, type Sorted, type ValueOf } from '../claims/claim-rows.ts'
import { Highlighted } from './Highlighted.tsx'
import { clickRow, moveActive, only, selectAll, toggleActive, type Move, type Selection } from './selection.ts'
import { TagBar } from './TagBar.tsx'

const column = createColumnHelper<ArticleSummary>()

function columns(hits: Map<number, SearchHit> | null) {
  return [
    column.accessor('title', {
      header: 'Title',
      cell: (c) => {
        const hit = hits?.get(c.row.original.id)
        if (!hit) return <TitleWithMeta article={c.row.original} />
        if (hit.snippet === null) return <span className="hit-title">{c.getValue()}</span> // its snippet is on its way
        return (
          <>
            <span className="hit-title">
              <Highlighted text={c.getValue()} ranges={hit.titleHighlights} />
            </span>
            <span className="hit-snippet">
              <Highlighted text={hit.snippet} ranges={hit.highlights} />
            </span>
          </>
        )
      }
    }),
    column.accessor('source', {
      header: 'Source',
      cell: (c) => <span title={c.getValue() ?? undefined}>{c.getValue() ?? ''}</span>,
      sortUndefined: 'last'
    }),
    column.accessor('published', { header: 'Published', cell: (c) => c.getValue()?.slice(0, 10) ?? '', sortUndefined: 'last' }),
    column.accessor('importedAt', { header: 'Imported', cell: (c) => c.getValue().slice(0, 10) }),
    column.accessor('claims', {
      header: 'Claims',
      cell: (c) => (
        <span className="claims-cell">
          <span className="claims-count">{c.getValue()}</span>
          <TagBar counts={c.row.original.tagCounts} total={c.getValue()} />
        </span>
      )
    })
  ]
}

/** The title, and under it where and when the report is from (also when the pane is too narrow for those columns). */
function TitleWithMeta({ article: a }: { article: ArticleSummary }) {
  const meta = [a.source, a.published ?? `imported ${a.importedAt.slice(0, 10)}`].filter(Boolean).join(' · ')
  return (
    <>
      <span className="article-title">{a.title}</span>
      <span className="article-meta" title={`Imported ${a.importedAt.slice(0, 16).replace('T', ' ')}`}>
        {meta}
      </span>
    </>
  )
}

/** Newest import first; articles imported together in the order they were stored, last first. */
export const defaultLibrarySort: SortingState = [{ id: 'importedAt', desc: true }]

/** Each sortable column's value (the accessors above), for sorting the rows without the table library. */
const valueOf: ValueOf<ArticleSummary> = (id) =>
  id === 'importedAt'
    ? (a) => `${a.importedAt}#${String(a.id).padStart(12, '0')}`
    : id === 'title' || id === 'source' || id === 'published' || id === 'claims'
      ? (a) => a[id]
      : undefined

const KEY_MOVES: Record<string, Move> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10, Home: 'first', End: 'last' }

interface Props {
  rows: ArticleSummary[]
  hits: Map<number, SearchHit> | null
  /** the ids of the rows in view, as they change (search hits fetch their snippets then) */
  onRowsInView?: (ids: number[]) => void
  loading: boolean
  emptyMessage: string
  selection: Selection
  onSelection: (s: Selection) => void
  sorting: SortingState
  onSortingChange: OnChangeFn<SortingState>
  onDelete: () => void
  onEdit: () => void
}

/**
 * The library as a sortable grid. Only the rows in view are rendered, so a
 * 10,000-article library scrolls as fast as a short one. Click selects, Ctrl/⌘-click
 * adds or removes, Shift-click selects a range; arrows (and j/k, Home/End, Page
 * Up/Down) move, with Shift to extend; Space toggles; Ctrl/⌘-A selects all;
 * Delete deletes, F2 edits.
 */
export function LibraryGrid({
  rows,
  hits,
  onRowsInView,
  loading,
  emptyMessage,
  selection,
  onSelection,
  sorting,
  onSortingChange,
  onDelete,
  onEdit
}: Props) {
  const cols = useMemo(() => columns(hits), [hits])
  // Sorting is a pass over the plain array (claims/claim-rows.ts: the order the table library gave); the table
  // library builds rows only for the articles in view, so 10k articles cost no 10k row objects per render.
  // a retag changes one row's counts: the order is kept (unless the library is sorted by a count that changed)
  const sorted = useRef<Sorted<ArticleSummary>>(undefined)
  const shown = useMemo(() => (sorted.current = sortRowsAgain(sorted.current, rows, sorting, valueOf)).shown, [rows, sorting])
  const order = useMemo(() => shown.map((a) => a.id), [shown])
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (hits ? 72 : 40),
    overscan: 12,
    getItemKey: (i) => shown[i]?.id ?? i
  })
  const items = virtual.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  const data = useMemo(() => shown.slice(first, last + 1), [shown, first, last])
  const table = useReactTable({
    data,
    columns: cols,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (a) => String(a.id)
  })
  const padTop = items[0]?.start ?? 0
  const padBottom = items.length ? virtual.getTotalSize() - items[items.length - 1]!.end : 0

  useEffect(() => {
    if (last >= first) onRowsInView?.(order.slice(first, last + 1))
  }, [first, last, order, onRowsInView])

  // keep the open row in view as it moves
  const activeIndex = selection.active === null ? -1 : order.indexOf(selection.active)
  useEffect(() => {
    if (activeIndex >= 0) virtual.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtual])

  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEY_MOVES[e.key]
    const mod = e.ctrlKey || e.metaKey
    if (move !== undefined && !mod && !e.altKey) onSelection(moveActive(selection, order, move, e.shiftKey))
    else if (e.key === ' ') onSelection(toggleActive(selection))
    else if (mod && e.key.toLowerCase() === 'a') onSelection(selectAll(order, selection.active))
    else if (e.key === 'Delete' || e.key === 'Backspace') onDelete()
    else if (e.key === 'F2') onEdit()
    else if (e.key === 'Escape' && selection.active !== null) onSelection(only(selection.active))
    else return
    e.preventDefault()
  }

  const onRowClick = (e: MouseEvent, id: number) =>
    onSelection(clickRow(selection, order, id, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }))

  return (
    <div className="library-scroll" ref={scroller}>
      <table
        className="grid library-grid"
        role="grid"
        aria-label="Library"
        aria-busy={loading}
        aria-multiselectable="true"
        aria-rowcount={shown.length + 1}
        aria-activedescendant={selection.active !== null && activeIndex >= 0 ? `article-row-${selection.active}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((h) => (
                <th key={h.id} scope="col" aria-sort={ariaSort(h)} className={`col-${h.column.id}`}>
                  <SortButton header={h} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? <tr aria-hidden="true" className="spacer" style={{ height: padTop }} /> : null}
          {items.map((item) => {
            const id = shown[item.index]!.id
            const row = table.getRow(String(id))
            return (
              <tr
                key={row.id}
                id={`article-row-${id}`}
                data-index={item.index}
                ref={virtual.measureElement}
                aria-rowindex={item.index + 2}
                aria-selected={selection.ids.has(id)}
                className={id === selection.active ? 'active-row' : undefined}
                onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                onClick={(e) => onRowClick(e, id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            )
          })}
          {padBottom > 0 ? <tr aria-hidden="true" className="spacer" style={{ height: padBottom }} /> : null}
          {!loading && shown.length === 0 ? (
            <tr>
              <td colSpan={cols.length} className="empty">
                {emptyMessage}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
