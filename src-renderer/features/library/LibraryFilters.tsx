import { useCall } from '../../api/use-call.ts'
import { claimFilters, type LibraryFilter } from './library-filter.ts'

/**
 * Narrow the library by source and by what claims the articles have. The sources are read once the library's first
 * rows are there (`ready`: they are not part of the first screen), again for `generation`.
 */
export function LibraryFilters({
  ready,
  generation,
  filter,
  onChange
}: {
  ready: boolean
  generation: number
  filter: LibraryFilter
  onChange: (f: LibraryFilter) => void
}) {
  const sources = useCall('articles.sources', ready ? {} : null, generation)
  return (
    <div className="library-filters">
      <select aria-label="Filter by source" value={filter.source} onChange={(e) => onChange({ ...filter, source: e.target.value })}>
        <option value="">All sources</option>
        {filter.source && !sources.data?.includes(filter.source) ? <option value={filter.source}>{filter.source}</option> : null}
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
