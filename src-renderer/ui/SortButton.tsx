import { flexRender, type Header } from '@tanstack/react-table'

/** A column header's aria-sort value. */
export function ariaSort<T>(header: Header<T, unknown>): 'ascending' | 'descending' | 'none' {
  const sorted = header.column.getIsSorted()
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}

/** The button in a sortable column header (both grids): its label and ▲/▼ for the sort direction. */
export function SortButton<T>({ header }: { header: Header<T, unknown> }) {
  const sorted = header.column.getIsSorted()
  return (
    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
      {flexRender(header.column.columnDef.header, header.getContext())}
      <span aria-hidden="true" className="sort-mark">
        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
      </span>
    </button>
  )
}
