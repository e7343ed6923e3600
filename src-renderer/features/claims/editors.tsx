import { useState, type KeyboardEvent } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import { confidences, reliabilityGrades } from './vocabulary.ts'

export const CONFIDENCE_LABEL: Record<string, string> = { evidence: 'evidence', assess: 'assess', 'do not yet know': 'do not yet know' }

type Save = (patch: Partial<ClaimFields>) => void

/** Escape (or Enter in a text field) in a grid cell's editor gives the keyboard back to the grid (its one Tab stop). */
function backToGrid(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Escape' && !(e.key === 'Enter' && e.currentTarget instanceof HTMLInputElement)) return
  const grid = e.currentTarget.closest<HTMLElement>('[role="grid"]')
  if (!grid) return
  const editor = e.currentTarget
  // after the editor has handled the key (saved, reverted) — unless a key typed meanwhile ('n': the note) has
  // already put the focus elsewhere, which the grid must not take back
  window.setTimeout(() => {
    const now = document.activeElement
    if (!now || now === document.body || now === editor) grid.focus()
  })
}

interface Choice {
  value: string
  label: string
}

/**
 * A select for one claim field in a grid row. Until the pointer or the focus comes to it, it holds only its
 * current option (it looks the same): a scroll step mounts twenty-odd rows of three selects each, and their
 * options were a good part of the browser's work per step. Pointer and focus both come before it can open.
 */
function FieldSelect({
  value,
  choices,
  className,
  label,
  onChange,
  claimId,
  inGrid
}: {
  value: string
  choices: Choice[]
  className: string
  label: string
  onChange: (v: string) => void
  claimId?: number
  inGrid?: boolean
}) {
  const [live, setLive] = useState(false)
  const wake = () => live || setLive(true)
  const shown = live ? choices : choices.filter((c) => c.value === value)
  return (
    <select
      className={className}
      aria-label={label}
      value={value}
      data-claim={claimId}
      tabIndex={inGrid ? -1 : undefined}
      onPointerEnter={wake}
      onFocus={wake}
      onKeyDown={backToGrid}
      onChange={(e) => onChange(e.target.value)}
    >
      {shown.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  )
}

const CONFIDENCE_CHOICES: Choice[] = [
  { value: '', label: '— untagged' },
  ...confidences.map((c) => ({ value: c, label: CONFIDENCE_LABEL[c]! }))
]
const RELIABILITY_CHOICES: Choice[] = [{ value: '', label: '–' }, ...reliabilityGrades.map((g) => ({ value: g, label: g }))]
const CREDIBILITY_CHOICES: Choice[] = [
  { value: '', label: '–' },
  ...[1, 2, 3, 4, 5, 6].map((g) => ({ value: String(g), label: String(g) }))
]

export function ConfidenceEditor({ value, onSave, id }: { value: string | null; onSave: Save; id: number }) {
  return (
    <FieldSelect
      inGrid
      className={`tag-select tag-${value === null ? 'untagged' : value === 'do not yet know' ? 'unknown' : value}`}
      label="Confidence"
      value={value ?? ''}
      claimId={id}
      choices={CONFIDENCE_CHOICES}
      onChange={(v) => onSave({ confidence: (v || null) as ClaimFields['confidence'] })}
    />
  )
}

/** A text field that saves on Enter or when it loses focus, and reverts on Escape. */
export function TextEditor({
  value,
  onSave,
  label,
  list,
  field,
  id,
  inGrid
}: {
  value: string
  onSave: (v: string) => void
  label: string
  list?: string
  field: string
  id: number
  inGrid?: boolean
}) {
  const [draft, setDraft] = useState(value)
  // a new value from outside (undo, another edit) replaces the draft, in the same render (no effect: an
  // effect here rendered every newly mounted row's fields twice)
  const [shownValue, setShownValue] = useState(value)
  if (shownValue !== value) {
    setShownValue(value)
    setDraft(value)
  }
  const commit = () => {
    if (draft.trim() !== value) onSave(draft.trim())
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      commit()
      e.currentTarget.blur()
    } else if (e.key === 'Escape') {
      setDraft(value)
      e.currentTarget.blur()
    }
    if (inGrid) backToGrid(e)
    e.stopPropagation()
  }
  return (
    <input
      className="cell-input"
      aria-label={label}
      value={draft}
      list={list}
      data-field={field}
      data-claim={id}
      tabIndex={inGrid ? -1 : undefined}
      placeholder="—"
      title={draft || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  )
}

export function ReliabilityEditor({ value, onSave, inGrid }: { value: string | null; onSave: Save; inGrid?: boolean }) {
  return (
    <FieldSelect
      inGrid={inGrid}
      className="grade-select"
      label="Source reliability"
      value={value ?? ''}
      choices={RELIABILITY_CHOICES}
      onChange={(v) => onSave({ sourceReliability: (v || null) as ClaimFields['sourceReliability'] })}
    />
  )
}

export function CredibilityEditor({ value, onSave, inGrid }: { value: number | null; onSave: Save; inGrid?: boolean }) {
  return (
    <FieldSelect
      inGrid={inGrid}
      className="grade-select"
      label="Claim credibility"
      value={value === null ? '' : String(value)}
      choices={CREDIBILITY_CHOICES}
      onChange={(v) => onSave({ claimCredibility: v ? Number(v) : null })}
    />
  )
}
