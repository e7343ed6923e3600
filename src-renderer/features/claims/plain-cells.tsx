import { CONFIDENCE_LABEL } from './editors.tsx'

/**
 * A claim field as text, the way its editor shows it at rest (same box, same colours): what a light grid row draws
 * instead of a select or a text field. The editor comes in its place when the cell is the grid's active one.
 */
export function PlainText({ value, empty = '—' }: { value: string; empty?: string }) {
  return (
    <span className={`cell-plain${value ? '' : ' cell-plain-empty'}`} title={value || undefined}>
      {value || empty}
    </span>
  )
}

export function PlainConfidence({ value }: { value: string | null }) {
  const tag = value === null ? 'untagged' : value === 'do not yet know' ? 'unknown' : value
  return <span className={`cell-plain tag-text tag-${tag}`}>{value === null ? '— untagged' : CONFIDENCE_LABEL[value]}</span>
}
