import { useEffect, useState, type KeyboardEvent } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import { confidences, reliabilityGrades } from './vocabulary.ts'

export const CONFIDENCE_LABEL: Record<string, string> = { evidence: 'evidence', assess: 'assess', 'do not yet know': 'do not yet know' }

type Save = (patch: Partial<ClaimFields>) => void

export function ConfidenceEditor({ value, onSave, id }: { value: string | null; onSave: Save; id: number }) {
  return (
    <select
      className={`tag-select tag-${value === null ? 'untagged' : value === 'do not yet know' ? 'unknown' : value}`}
      aria-label="Confidence"
      value={value ?? ''}
      data-claim={id}
      onChange={(e) => onSave({ confidence: (e.target.value || null) as ClaimFields['confidence'] })}
    >
      <option value="">— untagged</option>
      {confidences.map((c) => (
        <option key={c} value={c}>
          {CONFIDENCE_LABEL[c]}
        </option>
      ))}
    </select>
  )
}

/** A text field that saves on Enter or when it loses focus, and reverts on Escape. */
export function TextEditor({ value, onSave, label, list, field, id }: { value: string; onSave: (v: string) => void; label: string; list?: string; field: string; id: number }) {
  const [draft, setDraft] = useState(value)
  useEffect(() => setDraft(value), [value])
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
      placeholder="—"
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  )
}

export function ReliabilityEditor({ value, onSave }: { value: string | null; onSave: Save }) {
  return (
    <select className="grade-select" aria-label="Source reliability" value={value ?? ''} onChange={(e) => onSave({ sourceReliability: (e.target.value || null) as ClaimFields['sourceReliability'] })}>
      <option value="">–</option>
      {reliabilityGrades.map((g) => (
        <option key={g} value={g}>
          {g}
        </option>
      ))}
    </select>
  )
}

export function CredibilityEditor({ value, onSave }: { value: number | null; onSave: Save }) {
  return (
    <select className="grade-select" aria-label="Claim credibility" value={value ?? ''} onChange={(e) => onSave({ claimCredibility: e.target.value ? Number(e.target.value) : null })}>
      <option value="">–</option>
      {[1, 2, 3, 4, 5, 6].map((g) => (
        <option key={g} value={g}>
          {g}
        </option>
      ))}
    </select>
  )
}
