import { memo } from 'react'
import { segments, type Span } from './segments.ts'

export const TAG_LABEL: Record<string, string> = { evidence: 'E', assess: 'A', 'do not yet know': '?' }
export const tagClass = (confidence: string | null): string =>
  confidence === null ? 'untagged' : confidence === 'do not yet know' ? 'unknown' : confidence

interface Props {
  text: string
  start: number
  claims: Span[]
  selectedId: number | null
  onClaimClick: (id: number) => void
}

/** One paragraph with its claims drawn as marks: colour and underline style per tag, a letter at each claim's start. */
export const HighlightedParagraph = memo(function HighlightedParagraph({ text, start, claims, selectedId, onClaimClick }: Props) {
  return (
    <p data-start={start}>
      {segments(text, start, claims).map((seg) => {
        if (seg.claims.length === 0) return seg.text
        const top = seg.claims[0]!
        const starts = seg.claims.filter((c) => c.start === seg.start)
        const label = starts.map((c) => TAG_LABEL[c.confidence ?? ''] ?? '').join('')
        const selected = seg.claims.some((c) => c.id === selectedId)
        return (
          <mark
            key={seg.start}
            className={`claim tag-${tagClass(top.confidence)}${seg.claims.length > 1 ? ' overlap' : ''}${selected ? ' selected' : ''}${top.suggested ? ' suggested' : ''}${seg.cue ? ' cue' : ''}`}
            data-claim-id={top.id}
            data-claim-ids={seg.claims.map((c) => c.id).join(' ')}
            data-label={label || undefined}
            title={seg.claims.map((c) => (c.suggested ? 'suggested: ' : '') + (c.confidence ?? 'untagged')).join(' + ')}
            onClick={(e) => {
              if (window.getSelection()?.isCollapsed === false) return // the user is selecting text, not clicking
              e.stopPropagation()
              onClaimClick(top.id)
            }}
          >
            {seg.text}
          </mark>
        )
      })}
    </p>
  )
})
