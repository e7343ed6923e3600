import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type OnChangeFn, type SortingState } from '@tanstack/react-table'
import { ariaSort, SortButton } from '../../ui/SortButton.tsx'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleSummary, SearchMarks } from '../../../src-main/contract/index.ts'
import { Highlighted } from './Highlighted.tsx'
import type { Move, Selection } from './selection.ts'
import type { LibraryWindow } from './use-library-window.ts'
import { TagBar } from './TagBar.tsx'

const column = createColumnHelper<ArticleSummary>()

function columns(marks: ReadonlyMap<number, SearchMarks> | null) {
  return [
    column.accessor('title', {
      header: 'Title',
      cell: (c) => {
        if (!marks) return <TitleWithMeta article={c.row.original} />
        const hit = marks.get(c.row.original.id)
        if (!hit) return <span className="hit-title">{c.getValue()}</span> // its snippet is on its way
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

const KEY_MOVES: Record<string, Move> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10, Home: 'first', End: 'last' }

/** What a key does in the grid: a move (with Shift: extend), or one of the grid's commands. */
export type GridKey = { move: Move; extend: boolean } | 'toggle' | 'all' | 'delete' | 'edit' | 'escape'

function gridKey(e: KeyboardEvent): GridKey | null {
  const move = KEY_MOVES[e.key]
  const mod = e.ctrlKey || e.metaKey
  if (move !== undefined && !mod && !e.altKey) return { move, extend: e.shiftKey }
  if (e.key === ' ') return 'toggle'
  if (mod && e.key.toLowerCase() === 'a') return 'all'
  if (e.key === 'Delete' || e.key === 'Backspace') return 'delete'
  if (e.key === 'F2') return 'edit'
  if (e.key === 'Escape') return 'escape'
  return null
}

interface Props {
  rows: LibraryWindow
  /** while searching: the marks of the hits read so far (the others show their title until theirs come); else null */
  marks: ReadonlyMap<number, SearchMarks> | null
  /** the ids of the rows in view, as they change (search hits fetch their snippets then) */
  onRowsInView?: (ids: number[]) => void
  loading: boolean
  emptyMessage: string
  selection: Selection
  /** the open row's index in the view (-1: not known) */
  activeIndex: number
  onRowClick: (index: number, id: number, mods: { shift: boolean; toggle: boolean }) => void
  /** a key the grid handles; true if it did */
  onKey: (key: GridKey) => boolean
  sorting: SortingState
  onSortingChange: OnChangeFn<SortingState>
}

/**
 * The library as a sortable grid over a view read from the core a window at a time (use-library-window.ts): only the
 * rows in view are rendered and only the pages around them are held, so a 100,000-article library scrolls as a short one.
 * Click selects, Ctrl/⌘-click adds or removes, Shift-click selects a range; arrows (and j/k, Home/End, Page Up/Down)
 * move, with Shift to extend; Space toggles; Ctrl/⌘-A selects all; Delete deletes, F2 edits (the pane does each: rows
 * not read yet are read first).
 */
export function LibraryGrid({
  rows,
  marks,
  onRowsInView,
  loading,
  emptyMessage,
  selection,
  activeIndex,
  onRowClick,
  onKey,
  sorting,
  onSortingChange
}: Props) {
  const cols = useMemo(() => columns(marks), [marks])
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => (marks ? 72 : 40),
    overscan: 12
    // no getItemKey: a new key function each render makes the virtualizer recompute every row's measurement (all 10k or
    // 100k rows, on each retag's refresh); rows are keyed by their place, which keeps the measured sizes where they are
  })
  const items = virtual.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1
  const { setRange, rowAt, version } = rows
  useEffect(() => {
    if (last >= first) setRange(first, last)
  }, [first, last, setRange])
  const data = useMemo(
    () => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => rowAt(first + i)).filter((a): a is ArticleSummary => !!a),
    [first, last, rowAt]
  )
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
    if (last >= first) onRowsInView?.(data.map((a) => a.id))
  }, [first, last, data, onRowsInView, version])

  // keep the open row in view as it moves
  useEffect(() => {
    if (activeIndex >= 0) virtual.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtual])

  const onKeyDown = (e: KeyboardEvent) => {
    const key = gridKey(e)
    if (key !== null && onKey(key)) e.preventDefault()
  }

  return (
    <div className="library-scroll" ref={scroller}>
      <table
        className="grid library-grid"
        role="grid"
        aria-label="Library"
        aria-busy={loading || rows.busy}
        aria-multiselectable="true"
        aria-rowcount={rows.count + 1}
        aria-activedescendant={
          selection.active !== null && rows.indexOf(selection.active) >= 0 ? `article-row-${selection.active}` : undefined
        }
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
            const article = rowAt(item.index)
            if (!article)
              return (
                <tr
                  key={item.key}
                  data-index={item.index}
                  ref={virtual.measureElement}
                  aria-rowindex={item.index + 2}
                  className="pending-row"
                >
                  <td colSpan={cols.length} aria-busy="true" />
                </tr>
              )
            const id = article.id
            const row = table.getRow(String(id))
            return (
              <tr
                key={item.key}
                id={`article-row-${id}`}
                data-index={item.index}
                ref={virtual.measureElement}
                aria-rowindex={item.index + 2}
                aria-selected={selection.ids.has(id)}
                className={id === selection.active ? 'active-row' : undefined}
                onMouseDown={(e) => e.shiftKey && e.preventDefault()}
                onClick={(e) => onRowClick(item.index, id, { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey })}
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
          {!loading && !rows.busy && rows.count === 0 ? (
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
