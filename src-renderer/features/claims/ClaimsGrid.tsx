import {
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref
} from 'react'
import { flushSync } from 'react-dom'
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type SortingState,
  type Table
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ariaSort, SortButton } from '../../ui/SortButton.tsx'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import type { LocalClaim } from './use-claims.ts'
import { isGroup, type GridItem, type GroupItem } from './claim-rows.ts'
import { fitColumns, hiddenColumns } from './fit-columns.ts'

/** A column's cell as plain text, shown instead of its editor in every cell but the grid's active one (light rows). */
export interface CellMeta {
  plain?: (row: ClaimRow) => ReactNode
}

export interface ClaimsGridHandle {
  /**
   * Makes column `columnId` the active cell of the selected row, drawn at once (its editor replaces the plain
   * text), and gives that editor; null when the column is not shown (too narrow a pane) or has no editor. The row is
   * the grid's selected one as drawn now: a claim saved meanwhile may have a new id than the caller last saw.
   */
  activate(columnId: string): HTMLElement | null
}

export interface GridProps {
  ref?: Ref<ClaimsGridHandle>
  columns: ColumnDef<ClaimRow, unknown>[]
  sorting: SortingState
  onSortingChange: OnChangeFn<SortingState>
  /** the grid's items (claims and group headings) */
  count: number
  /** item i, or undefined while it is being read (a placeholder row is drawn) */
  itemAt: (i: number) => GridItem<LocalClaim> | undefined
  /** changes whenever an item changes (the rows in view are rebuilt then) */
  version: unknown
  selectedId: number | null
  /** the selected claim's item index (-1: not known) */
  selectedIndex: number
  onSelect: (id: number, index: number) => void
  onOpen?: (claim: ClaimRow) => void
  label: string
  /** editors only in the active cell of the selected row; every other cell is plain text */
  light?: boolean
  /** the item indices on screen, first to last */
  onRangeChange?: (first: number, last: number) => void
  onHiddenColumnsChange?: (ids: string[]) => void
  /** aria-rowcount's rows (without the header); null: not known yet */
  rowCount: number | null
  busy?: boolean
  /** shown when there are no items */
  empty: string
}

const ROW_HEIGHT = 58
const GROUP_HEIGHT = 34
const HEAD_HEIGHT = 34

export const rowId = (r: LocalClaim): string => r.key ?? String(r.id)
export const columnId = (def: ColumnDef<ClaimRow, unknown>): string => def.id ?? String((def as { accessorKey?: string }).accessorKey)

/**
 * Claims as a virtualized WAI-ARIA grid: one Tab stop, Up/Down between claims, Left/Right between the selected
 * row's cells, Enter or F2 edits the cell, Escape gives the keyboard back. It draws only the items in view and
 * asks for them through `itemAt`, so the claims may be in memory (an article's) or read from the core a window at a
 * time (every claim). The table library sees only the claims in view: it gives the header, sort toggles and cells.
 */
export function ClaimsGrid(props: GridProps) {
  const { columns, sorting, onSortingChange, count, itemAt, version, selectedId, selectedIndex, onSelect, onOpen, label } = props
  const { light = false, onRangeChange, onHiddenColumnsChange, rowCount, busy = false, empty, ref } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => {
      const item = itemAt(i)
      return item && isGroup(item) ? GROUP_HEIGHT : ROW_HEIGHT
    },
    overscan: 8,
    scrollMargin: HEAD_HEIGHT, // the sticky header sits above the rows in the same scroller
    scrollPaddingStart: HEAD_HEIGHT
  })
  const inView = virtual.getVirtualItems()
  const first = inView[0]?.index ?? 0
  const last = inView.at(-1)?.index ?? -1
  useEffect(() => onRangeChange?.(first, last), [first, last, onRangeChange])
  // a new set of items (a filter): measure again, group headings and rows differ in height
  useEffect(() => virtual.measure(), [virtual, version, count])

  const data = useMemo(() => {
    const rows: LocalClaim[] = []
    for (let i = first; i <= last; i++) {
      const item = itemAt(i)
      if (item && !isGroup(item)) rows.push(item)
    }
    return rows
    // version: the items behind itemAt changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [itemAt, first, last, version])

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
    onSortingChange,
    manualSorting: true,
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel()
  })

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

  const [activeColumn, setActiveColumn] = useState(0)
  const columnCount = table.getVisibleLeafColumns().length
  /** a click on a light cell: its editor comes in its place and takes the focus */
  const focusEditor = useRef(false)
  useLayoutEffect(() => {
    if (!focusEditor.current) return
    focusEditor.current = false
    activeEditor(scrollRef.current)?.focus()
  })
  const visibleIds = table.getVisibleLeafColumns().map((c) => c.id)
  const shownColumns = useRef(visibleIds)
  shownColumns.current = visibleIds
  useImperativeHandle(
    ref,
    () => ({
      activate: (id) => {
        const at = shownColumns.current.indexOf(id)
        if (at < 0) return null
        flushSync(() => setActiveColumn(at))
        return activeEditor(scrollRef.current) ?? null
      }
    }),
    []
  )

  /** the claim `step` items from the selected one, skipping group headings */
  const moveSelection = (step: number) => {
    for (let i = selectedIndex < 0 ? (step > 0 ? -1 : count) : selectedIndex; ;) {
      i += step
      if (i < 0 || i >= count) return
      const item = itemAt(i)
      if (item === undefined) return // not read yet: the margin around the view is, so this is a jump past it
      if (!isGroup(item)) return onSelect(item.id, i)
    }
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('input, select, textarea, button')) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      moveSelection(e.key === 'ArrowDown' ? 1 : -1)
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault()
      setActiveColumn((c) => Math.max(0, Math.min(columnCount - 1, c + (e.key === 'ArrowRight' ? 1 : -1))))
    } else if (e.key === 'Enter' || e.key === 'F2') {
      const editor = activeEditor(scrollRef.current) // the quote cell has none: Enter there accepts
      if (editor && (e.key === 'F2' || !onOpen)) {
        e.preventDefault()
        e.stopPropagation() // Enter edits here; it does not also accept or open
        editor.focus()
        if (editor instanceof HTMLInputElement) editor.select()
      } else if (e.key === 'Enter' && onOpen && selectedIndex >= 0) {
        const item = itemAt(selectedIndex)
        if (item && !isGroup(item)) onOpen(item)
      }
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
  const handlers = useRef<RowHandlers>({ onSelect, onOpen, selectedId, activate: () => {} })
  handlers.current = {
    onSelect,
    onOpen,
    selectedId,
    activate: (id, index, column) => {
      onSelect(id, index)
      setActiveColumn(column)
      focusEditor.current = true
    }
  }
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
      light={light}
    />
  )
  const placeholder = (index: number, start: number) => (
    <div
      key={`wait:${index}`}
      role="row"
      aria-rowindex={index + 2}
      className="grid-row placeholder"
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    />
  )

  return (
    <div
      className="claims-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={rowCount === null ? -1 : rowCount + 1}
      aria-colcount={columns.length}
      aria-busy={busy}
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
              const item = itemAt(v.index)
              const top = v.start - HEAD_HEIGHT
              if (item === undefined) return placeholder(v.index, top)
              return isGroup(item) ? renderGroup(item, v.index, top) : renderRow(item, v.index, top)
            })}
          </div>
        </div>
        {count === 0 && !busy ? <p className="empty">{empty}</p> : null}
      </div>
    </div>
  )
}

/** The editor in the selected row's active cell, if that cell has one. */
const activeEditor = (scroller: HTMLElement | null) =>
  scroller?.querySelector<HTMLElement>(
    '[role="row"][aria-selected="true"] [data-active-cell] input, [role="row"][aria-selected="true"] [data-active-cell] select'
  )

interface RowHandlers {
  onSelect: (id: number, index: number) => void
  onOpen?: (claim: ClaimRow) => void
  selectedId: number | null
  /** select the claim and edit its `column`-th cell */
  activate: (id: number, index: number, column: number) => void
}

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
  handlers: { current: RowHandlers }
  light: boolean
}

/**
 * One claim's row. Memoized: scrolling or filtering re-renders only the rows that come into view or whose claim,
 * position or selection changed. Light rows draw plain text and no editors but in the active cell.
 */
const ClaimGridRow = memo(
  function ClaimGridRow({ claim: c, index, start, selected, activeColumn, template, table, handlers, light }: RowProps) {
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
          const { onSelect, selectedId, activate } = handlers.current
          const target = e.target as HTMLElement
          const plain = target.closest<HTMLElement>('[data-plain-cell]')
          if (plain) {
            e.preventDefault() // the focus goes to the editor that replaces the text, not to the grid
            activate(c.id, index, Number(plain.dataset.plainCell))
          } else if (!target.closest('input, select') || c.id !== selectedId) onSelect(c.id, index)
        }}
        onDoubleClick={() => handlers.current.onOpen?.(c)}
      >
        {row.getVisibleCells().map((cell, i) => {
          const plain = light && i !== activeColumn ? (cell.column.columnDef.meta as CellMeta | undefined)?.plain : undefined
          return (
            <div
              role="gridcell"
              key={cell.id}
              className={`cell col-${cell.column.id}${i === activeColumn ? ' active-cell' : ''}`}
              data-active-cell={i === activeColumn || undefined}
              data-plain-cell={plain ? i : undefined}
            >
              {plain ? plain(c) : flexRender(cell.column.columnDef.cell, cell.getContext())}
            </div>
          )
        })}
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
    a.columns === b.columns &&
    a.light === b.light
)
