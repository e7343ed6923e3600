import type { HistoryEntry } from '../../contract/claims.ts'
import type { ClaimRecord } from './claim-record.ts'
import type { HistoryRow } from './history-rows.ts'

// How the history names its steps ("tag “assess” on “…”", "delete 2 articles") and what a change changed.

const LABELS: Partial<Record<keyof ClaimRecord, string>> = {
  confidence: 'tag',
  attributed_to: 'speaker',
  note: 'note',
  source_reliability: 'source reliability',
  claim_credibility: 'credibility',
  start: 'start',
  end: 'end'
}

export const parse = (json: string | null): ClaimRecord | null => (json ? (JSON.parse(json) as ClaimRecord) : null)

export function changedFields(before: ClaimRecord | null, after: ClaimRecord | null): HistoryEntry['changes'] {
  const keys = Object.keys(LABELS) as (keyof ClaimRecord)[]
  return keys
    .filter((k) => (before?.[k] ?? null) !== (after?.[k] ?? null))
    .filter((k) => !(before === null && (after?.[k] === '' || after?.[k] === null)) && !(after === null && k !== 'confidence'))
    .map((k) => ({ field: LABELS[k]!, before: before?.[k] ?? null, after: after?.[k] ?? null }))
}

export const short = (quote: string): string => `“${quote.length > 40 ? quote.slice(0, 39).trimEnd() + '…' : quote}”`

export function describeChange(row: Pick<HistoryRow, 'kind' | 'before' | 'after'>, count = 1): string {
  if (row.kind === 'trash' || row.kind === 'restore') {
    if (count > 1) return `delete ${count} articles`
    const { title } = JSON.parse((row.before ?? row.after)!) as { title: string }
    return `delete article ${short(title)}`
  }
  if (count > 1) return `${row.kind === 'create' ? 'add' : row.kind === 'delete' ? 'delete' : 'edit'} ${count} claims`
  const before = parse(row.before)
  const after = parse(row.after)
  const quote = short((after ?? before)!.quote)
  if (row.kind === 'create') return `add claim ${quote}`
  if (row.kind === 'delete') return `delete claim ${quote}`
  const fields = changedFields(before, after)
  if (fields.length === 1 && fields[0]!.field === 'tag')
    return `tag ${fields[0]!.after === null ? 'cleared' : `“${String(fields[0]!.after)}”`} on ${quote}`
  return `edit ${fields.map((f) => f.field).join(', ') || 'claim'} of ${quote}`
}
