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

/** One person in the speakers list (claims.speakers): the fullest name and every stored form of it. */
export interface Speaker {
  name: string
  variants: string[]
}

/** The stored forms a speaker filter matches: the person's variants ("Fowler", "But Fowler" for "Don Fowler"). */
export function speakerForms(speaker: string, speakers: readonly Speaker[]): string[] {
  const entry = speakers.find((s) => s.name === speaker) ?? speakers.find((s) => s.variants.includes(speaker))
  return entry ? [...new Set([speaker, ...entry.variants])] : [speaker]
}

/** The person each stored form belongs to (its entry's name), for grouping; a form of no entry is its own. */
export function personLookup(speakers: readonly Speaker[]): (name: string) => string {
  const byForm = new Map<string, string>()
  for (const s of speakers) for (const v of s.variants) byForm.set(v, s.name)
  return (name) => byForm.get(name) ?? name
}

type Grouping = Exclude<ClaimFilterState['groupBy'], 'none'>
const GROUPINGS: { value: Grouping; label: string }[] = [
  { value: 'confidence', label: 'Group by confidence' },
  { value: 'attributedTo', label: 'Group by speaker' },
  { value: 'codes', label: 'Group by code' }
]

interface Props {
  value: ClaimFilterState
  onChange: (v: ClaimFilterState) => void
  speakers: readonly Speaker[]
  /** null while the core counts */
  counts: { shown: number; total: number } | null
  children?: React.ReactNode
}

/** Filter bar above a claims grid: text, tags, speaker, grouping. */
export function ClaimFilters({ value, onChange, speakers, counts, children }: Props) {
  const known = !value.speaker || speakers.some((s) => s.name === value.speaker)
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
          {known ? null : <option value={value.speaker}>{value.speaker}</option>}
          {speakers.map((s) => (
            <option
              key={s.name}
              value={s.name}
              title={s.variants.length > 1 ? `also: ${s.variants.filter((v) => v !== s.name).join(', ')}` : undefined}
            >
              {s.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Group by"
          value={value.groupBy}
          onChange={(e) => onChange({ ...value, groupBy: e.target.value as ClaimFilterState['groupBy'] })}
        >
          <option value="none">No grouping</option>
          {GROUPINGS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
        <span className="filter-count" aria-live="polite">
          {counts === null
            ? 'counting…'
            : counts.shown === counts.total
              ? `${counts.total} claim${counts.total === 1 ? '' : 's'}`
              : `${counts.shown} of ${counts.total} claims`}
        </span>
      </div>
      {/* actions on a row of their own, each of a fixed width: nothing moves when another control changes */}
      {children ? <div className="action-row">{children}</div> : null}
    </div>
  )
}
