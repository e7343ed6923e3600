import type { ConfidenceFilter } from './vocabulary.ts'

export interface ClaimFilterState {
  text: string
  confidence: ConfidenceFilter[]
  speaker: string
  groupBy: 'none' | 'confidence' | 'attributedTo' | 'codes'
}

export const noFilters: ClaimFilterState = { text: '', confidence: [], speaker: '', groupBy: 'none' }

const TAGS: { value: ConfidenceFilter; label: string }[] = [
  { value: 'evidence', label: 'Evidence' },
  { value: 'assess', label: 'Assess' },
  { value: 'do not yet know', label: 'Do not yet know' },
  { value: 'none', label: 'Untagged' }
]

interface Props {
  value: ClaimFilterState
  onChange: (v: ClaimFilterState) => void
  speakers: string[]
  counts: { shown: number; total: number }
  children?: React.ReactNode
}

/** Filter bar above a claims grid: text, tags, speaker, grouping. */
export function ClaimFilters({ value, onChange, speakers, counts, children }: Props) {
  const toggle = (tag: ConfidenceFilter) =>
    onChange({
      ...value,
      confidence: value.confidence.includes(tag) ? value.confidence.filter((t) => t !== tag) : [...value.confidence, tag]
    })
  return (
    <div className="claim-filters" role="toolbar" aria-label="Claim filters">
      <div className="filter-row">
        <input
          type="search"
          className="filter-text"
          aria-label="Filter claims"
          placeholder="Filter claims…"
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
        />
        <div className="tag-toggles" role="group" aria-label="Show tags">
          {TAGS.map((t) => (
            <button
              key={t.value}
              type="button"
              className={`tag-toggle tag-${t.value === 'none' ? 'untagged' : t.value === 'do not yet know' ? 'unknown' : t.value}`}
              aria-pressed={value.confidence.includes(t.value)}
              onClick={() => toggle(t.value)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <select aria-label="Speaker" value={value.speaker} onChange={(e) => onChange({ ...value, speaker: e.target.value })}>
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          aria-label="Group by"
          value={value.groupBy}
          onChange={(e) => onChange({ ...value, groupBy: e.target.value as ClaimFilterState['groupBy'] })}
        >
          <option value="none">No grouping</option>
          <option value="confidence">Group by confidence</option>
          <option value="attributedTo">Group by speaker</option>
          <option value="codes">Group by code</option>
        </select>
        <span className="filter-count" aria-live="polite">
          {counts.shown === counts.total
            ? `${counts.total} claim${counts.total === 1 ? '' : 's'}`
            : `${counts.shown} of ${counts.total} claims`}
        </span>
      </div>
      {/* actions on a row of their own, each of a fixed width: nothing moves when another control changes */}
      {children ? <div className="action-row">{children}</div> : null}
    </div>
  )
}
