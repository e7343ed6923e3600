import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import { claimFilters, sourcesOf, type LibraryFilter } from './library-filter.ts'

/** Narrow the library by source and by what claims the articles have. */
export function LibraryFilters({
  articles,
  filter,
  onChange
}: {
  articles: ArticleSummary[]
  filter: LibraryFilter
  onChange: (f: LibraryFilter) => void
}) {
  return (
    <div className="library-filters">
      <select aria-label="Filter by source" value={filter.source} onChange={(e) => onChange({ ...filter, source: e.target.value })}>
        <option value="">All sources</option>
        {sourcesOf(articles).map((s) => (
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
