import { useMemo, useState, type KeyboardEvent } from 'react'
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/contract/index.ts'

const column = createColumnHelper<ArticleSummary>()
const columns = [
  column.accessor('title', { header: 'Title', cell: (c) => c.getValue() }),
  column.accessor('source', { header: 'Source', cell: (c) => c.getValue() ?? '' }),
  column.accessor('published', { header: 'Published', cell: (c) => c.getValue() ?? '', sortUndefined: 'last' }),
  column.accessor('claims', { header: 'Claims', cell: (c) => c.getValue() })
]

interface Props {
  articles: ArticleSummary[]
  loading: boolean
  selectedId: number | null
  onSelect: (id: number) => void
}

/** The corpus as a sortable grid; arrow keys move the selection, which opens the article in the reader. */
export function LibraryPane({ articles, loading, selectedId, onSelect }: Props) {
  const [sorting, setSorting] = useState<SortingState>([])
  const table = useReactTable({
    data: articles,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (a) => String(a.id)
  })
  const rows = table.getRowModel().rows
  const index = useMemo(() => rows.findIndex((r) => r.original.id === selectedId), [rows, selectedId])

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0
    if (!step || rows.length === 0) return
    e.preventDefault()
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))]
    if (next) {
      onSelect(next.original.id)
      document.getElementById(`article-row-${next.original.id}`)?.scrollIntoView({ block: 'nearest' })
    }
  }

  return (
    <table className="grid library-grid" role="grid" aria-label="Library" aria-busy={loading} tabIndex={0} onKeyDown={onKeyDown}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((h) => {
              const sorted = h.column.getIsSorted()
              return (
                <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'} className={`col-${h.column.id}`}>
                  <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.id}
            id={`article-row-${row.original.id}`}
            aria-selected={row.original.id === selectedId}
            onClick={() => onSelect(row.original.id)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
        {!loading && rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="empty">
              No articles yet.
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  )
}
