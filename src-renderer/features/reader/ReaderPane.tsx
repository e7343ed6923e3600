import { forwardRef, useCallback, useEffect, useMemo, useRef, useImperativeHandle } from 'react'
import type { Article, ClaimRow } from '../../../src-main/contract/index.ts'
import { HighlightedParagraph } from './Highlights.tsx'
import { OrphanedClaims } from './OrphanedClaims.tsx'
import { paragraphs } from './paragraphs.ts'
import { selectedSpan } from './selection-offsets.ts'
import type { Span } from './segments.ts'

export interface ReaderHandle {
  /** The selected text as body offsets snapped to words, or null. */
  selection(): { start: number; end: number } | null
  clearSelection(): void
  /** The article's text over a span. */
  quote(span: { start: number; end: number }): string
}

interface Props {
  article: Article | undefined
  claims: (ClaimRow | (Span & { quote: string }))[]
  selectedId: number | null
  /** Scroll to and flash this claim's highlight whenever the request object changes. */
  focus: { id: number } | null
  onSelectClaim: (id: number) => void
  empty?: string
  label?: string
  /** Told the text element when it appears or goes (team mode draws others' claims over it). */
  onBodyElement?: (el: HTMLDivElement | null) => void
}

/** The article's canonical text with every claim highlighted; the one place text is selected to make claims. */
export const ReaderPane = forwardRef<ReaderHandle, Props>(function ReaderPane(
  { article, claims, selectedId, focus, onSelectClaim, empty, label = 'Source text', onBodyElement },
  ref
) {
  const bodyRef = useRef<HTMLDivElement>(null)
  const setBody = useCallback(
    (el: HTMLDivElement | null) => {
      bodyRef.current = el
      onBodyElement?.(el)
    },
    [onBodyElement]
  )
  useImperativeHandle(ref, () => ({
    selection: () => (article ? selectedSpan(bodyRef.current, article.body) : null),
    clearSelection: () => window.getSelection()?.removeAllRanges(),
    quote: ({ start, end }) => article?.body.slice(start, end) ?? ''
  }))

  const placed = useMemo(() => claims.filter((c) => !('anchor' in c) || c.anchor !== 'orphaned'), [claims])
  const orphaned = useMemo(() => claims.filter((c): c is ClaimRow => 'anchor' in c && c.anchor === 'orphaned'), [claims])
  const paras = useMemo(() => (article ? paragraphs(article.body) : []), [article])

  // A focus request waits until its highlight exists (the claims may still be loading).
  const handled = useRef<{ id: number } | null>(null)
  useEffect(() => {
    if (!focus || handled.current === focus || !bodyRef.current) return
    const mark = bodyRef.current.querySelector<HTMLElement>(`mark[data-claim-ids~="${focus.id}"]`)
    if (!mark) return
    handled.current = focus
    mark.scrollIntoView({ block: 'center', behavior: 'auto' })
    const marks = bodyRef.current.querySelectorAll<HTMLElement>(`mark[data-claim-ids~="${focus.id}"]`)
    marks.forEach((m) => {
      m.classList.remove('flash')
      void m.offsetWidth // restart the animation
      m.classList.add('flash')
    })
  }, [focus, placed, paras])

  return (
    <section className="pane reader-pane" aria-label={label}>
      {!article ? (
        <p className="placeholder">{empty ?? 'Choose an article in the library to read it.'}</p>
      ) : (
        <article className="reader">
          <h1 className="reader-title">{article.title}</h1>
          <p className="reader-meta">{[article.source, article.published, article.url].filter(Boolean).join(' · ')}</p>
          {article.warnings.map((w) => (
            <p key={w} className="reader-warning" role="note">
              {w}
            </p>
          ))}
          <OrphanedClaims claims={orphaned} onSelect={onSelectClaim} />
          <div className="reader-body" ref={setBody}>
            {paras.map((p) => (
              <HighlightedParagraph
                key={p.start}
                text={p.text}
                start={p.start}
                claims={placed.filter((c) => c.start < p.start + p.text.length && c.end > p.start)}
                selectedId={selectedId}
                onClaimClick={onSelectClaim}
              />
            ))}
          </div>
        </article>
      )}
    </section>
  )
})
