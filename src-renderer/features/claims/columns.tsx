import { createColumnHelper } from '@tanstack/react-table'
import type { ClaimFields, ClaimRow } from '../../../src-main/contract/index.ts'
import { codeColumn } from '../codes/code-column.tsx'
import { ConfidenceEditor, CredibilityEditor, ReliabilityEditor, TextEditor } from './editors.tsx'
import { PlainConfidence, PlainText } from './plain-cells.tsx'
import type { CellMeta } from './ClaimsGrid.tsx'

export type Save = (id: number, patch: Partial<ClaimFields>) => void

/** Reviewing a suggested row: accept it as proposed, or reject it. */
export interface Review {
  accept(id: number): void
  reject(id: number): void
}

const isSuggestion = (
  r: ClaimRow
): r is ClaimRow & { suggested: true; cueSpan: { start: number; end: number } | null; speakerInferred?: boolean } =>
  (r as { suggested?: boolean }).suggested === true

/** A suggestion whose speaker is a guess (the sentence's subject, no speech verb names it): check it before accepting. */
function SpeakerGuess({ row }: { row: ClaimRow }) {
  if (!isSuggestion(row) || !row.speakerInferred) return null
  return (
    <span
      className="speaker-guess"
      role="img"
      aria-label="speaker guessed"
      title={`"${row.attributedTo}" is read from the sentence's subject; no speech verb names who says it`}
    >
      ?
    </span>
  )
}

/** The quote, with a suggestion's cue phrase in bold so the analyst sees why it was tagged. */
function QuoteText({ row }: { row: ClaimRow }) {
  if (!isSuggestion(row) || !row.cueSpan) return <>{row.quote}</>
  const a = row.cueSpan.start - row.start
  const b = row.cueSpan.end - row.start
  return (
    <>
      {row.quote.slice(0, a)}
      <b className="cue-text">{row.quote.slice(a, b)}</b>
      {row.quote.slice(b)}
    </>
  )
}

/** Accept or reject a suggested row: next to its quote, so they stay in view however narrow the pane. */
function ReviewButtons({ id, review }: { id: number; review: Review }) {
  return (
    <span className="review-buttons">
      <button
        type="button"
        tabIndex={-1}
        aria-label="Accept"
        onClick={() => review.accept(id)}
        title="Accept as proposed (Enter; 1/2/3 to retag)"
      >
        ✓
      </button>
      <button type="button" tabIndex={-1} aria-label="Reject" onClick={() => review.reject(id)} title="Reject (x)">
        ✕
      </button>
    </span>
  )
}

const col = createColumnHelper<ClaimRow>()
const shortDate = (iso: string) => iso.slice(0, 16).replace('T', ' ')

export function claimColumns(save: Save, opts: { withArticle: boolean; review?: Review }) {
  return [
    ...(opts.withArticle
      ? [
          col.accessor('articleTitle', {
            header: 'Article',
            size: 180,
            cell: (c) => (
              <span className="cell-text clamp" title={c.getValue()}>
                {c.getValue()}
              </span>
            )
          })
        ]
      : []),
    col.accessor('quote', {
      header: 'Quote',
      size: 210,
      cell: (c) => (
        <span className="quote-cell">
          <span className="cell-text clamp" title={c.getValue()}>
            {c.row.original.anchor === 'orphaned' ? <span className="orphan-mark">orphaned · </span> : null}
            {isSuggestion(c.row.original) ? <span className="suggested-badge">suggested</span> : null}
            <QuoteText row={c.row.original} />
          </span>
          {isSuggestion(c.row.original) && opts.review ? <ReviewButtons id={c.row.original.id} review={opts.review} /> : null}
        </span>
      )
    }),
    col.accessor((r) => r.confidence ?? 'none', {
      id: 'confidence',
      header: 'Confidence',
      size: 150, // "do not yet know" in full, in its select too (annotate.css)
      meta: { plain: (r) => <PlainConfidence value={r.confidence} /> } satisfies CellMeta,
      cell: (c) => <ConfidenceEditor id={c.row.original.id} value={c.row.original.confidence} onSave={(p) => save(c.row.original.id, p)} />
    }),
    codeColumn(),
    col.accessor('attributedTo', {
      header: 'Attributed to',
      size: 130,
      meta: {
        plain: (r) =>
          isSuggestion(r) && r.speakerInferred ? (
            <span className="speaker-cell">
              <SpeakerGuess row={r} />
              <PlainText value={r.attributedTo} />
            </span>
          ) : (
            <PlainText value={r.attributedTo} />
          )
      } satisfies CellMeta,
      cell: (c) => (
        <span className="speaker-cell">
          <SpeakerGuess row={c.row.original} />
          <TextEditor
            inGrid
            id={c.row.original.id}
            field="attributedTo"
            label="Attributed to"
            list="speaker-suggestions"
            value={c.getValue()}
            onSave={(v) => save(c.row.original.id, { attributedTo: v })}
          />
        </span>
      )
    }),
    col.accessor('note', {
      header: 'Note',
      size: 150,
      meta: { plain: (r) => (isSuggestion(r) ? null : <PlainText value={r.note} />) } satisfies CellMeta,
      cell: (c) =>
        isSuggestion(c.row.original) ? null : (
          <TextEditor
            inGrid
            id={c.row.original.id}
            field="note"
            label="Note"
            value={c.getValue()}
            onSave={(v) => save(c.row.original.id, { note: v })}
          />
        )
    }),
    col.accessor('sourceReliability', {
      header: () => <abbr title="Source reliability (A–F, Admiralty code)">Rel.</abbr>,
      size: 56,
      sortUndefined: 'last',
      meta: { plain: (r) => <PlainText value={r.sourceReliability ?? ''} empty="–" /> } satisfies CellMeta,
      cell: (c) => <ReliabilityEditor inGrid value={c.getValue()} onSave={(p) => save(c.row.original.id, p)} />
    }),
    col.accessor('claimCredibility', {
      header: () => <abbr title="Claim credibility (1–6, Admiralty code)">Cred.</abbr>,
      size: 56,
      meta: {
        plain: (r) => <PlainText value={r.claimCredibility === null ? '' : String(r.claimCredibility)} empty="–" />
      } satisfies CellMeta,
      cell: (c) => <CredibilityEditor inGrid value={c.getValue()} onSave={(p) => save(c.row.original.id, p)} />
    }),
    col.accessor('createdAt', { header: 'Created', size: 118, cell: (c) => <span className="cell-muted">{shortDate(c.getValue())}</span> }),
    col.accessor('updatedAt', { header: 'Updated', size: 118, cell: (c) => <span className="cell-muted">{shortDate(c.getValue())}</span> })
  ]
}
