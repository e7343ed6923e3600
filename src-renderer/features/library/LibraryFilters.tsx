import { useCall } from '../../api/use-call.ts'
import { claimFilters, type LibraryFilter } from './library-filter.ts'

/** Narrow the library by source (the library's sources, read again for `generation`) and by what claims the articles have. */
export function LibraryFilters({
  generation,
  filter,
  onChange
}: {
  generation: number
  filter: LibraryFilter
  onChange: (f: LibraryFilter) => void
}) {
  const sources = useCall('articles.sources', {}, generation)
  return (
    <div className="library-filters">
      <select aria-label="Filter by source" value={filter.source} onChange={(e) => onChange({ ...filter, source: e.target.value })}>
        <option value="">All sources</option>
        {(sources.data ?? []).map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by claims"
        value={filter.claims}
        onChange={(e) => onChange({ ...filter, claims: e.target.value as LibraryFilter['claims'] })}
      >
        {Object.entries(claimFilters).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
