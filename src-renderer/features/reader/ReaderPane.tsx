import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Article, ClaimRow } from '../../../src-main/contract/index.ts'
import { HighlightedParagraph } from './Highlights.tsx'
import { OrphanedClaims } from './OrphanedClaims.tsx'
import { claimsByParagraph, paragraphAt } from './paragraph-claims.ts'
import { paragraphs } from './paragraphs.ts'
import { selectedSpan } from './selection-offsets.ts'
import type { Span } from './segments.ts'
import { useCaret } from './use-caret.ts'

export interface ReaderHandle {
  /** The selected text as body offsets snapped to words, or null. */
  selection(): { start: number; end: number } | null
  clearSelection(): void
  /** The article's text over a span. */
  quote(span: { start: number; end: number }): string
}

/** A highlight to draw: a claim, a suggestion or a pair's side. With `articleId`, drawn only on that article. */
type Highlight = ClaimRow | (Span & { quote: string; articleId?: number })

interface Props {
  article: Article | undefined
  /** the article is being read: say so rather than show the previous one */
  loading?: boolean
  claims: Highlight[]
  selectedId: number | null
  /** Scroll to and flash this claim's highlight whenever the request object changes. */
  focus: { id: number } | null
  onSelectClaim: (id: number) => void
  empty?: string
  label?: string
  /** Told the text element when it appears or goes (team mode draws others' claims over it). */
  onBodyElement?: (el: HTMLDivElement | null) => void
}

/** From this many paragraphs on, only those in view (and a few around) are in the page. */
const VIRTUAL_FROM = 150
const LINE = 29 // px: 18 px type at 1.6 line height
const estimate = (text: string) => Math.ceil(text.length / 62) * LINE + 16

/** The article's canonical text with every claim highlighted; the one place text is selected to make claims. */
export const ReaderPane = forwardRef<ReaderHandle, Props>(function ReaderPane(
  { article, loading, claims, selectedId, focus, onSelectClaim, empty, label = 'Source text', onBodyElement },
  ref
) {
  const scrollRef = useRef<HTMLElement>(null)
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

  // only this article's highlights: a list still holding another article's (it is reloading) draws nothing
  const own = useMemo(
    () => (article ? claims.filter((c) => c.articleId === undefined || c.articleId === article.id) : []),
    [claims, article]
  )
  const placed = useMemo(() => own.filter((c) => !('anchor' in c) || c.anchor !== 'orphaned'), [own])
  const orphaned = useMemo(() => own.filter((c): c is ClaimRow => 'anchor' in c && c.anchor === 'orphaned'), [own])
  const paras = useMemo(() => (article ? paragraphs(article.body) : []), [article])
  const byParagraph = useMemo(() => claimsByParagraph(paras, placed), [paras, placed])

  const caret = useCaret(bodyRef, scrollRef)
  const bodyProps = {
    ref: setBody,
    tabIndex: 0,
    role: 'document',
    'aria-label': 'Article text (arrows move a caret, Shift+arrows select words and sentences, then 1, 2 or 3)',
    onKeyDown: caret.onKeyDown,
    onFocus: caret.onFocus,
    onBlur: caret.onBlur
  }

  const virtualized = paras.length >= VIRTUAL_FROM
  const [bodyTop, setBodyTop] = useState(0)
  useLayoutEffect(() => {
    setBodyTop(bodyRef.current?.offsetTop ?? 0)
  }, [article, orphaned.length])
  const virtual = useVirtualizer({
    count: virtualized ? paras.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(paras[i]?.text ?? ''),
    overscan: 6,
    scrollMargin: bodyTop
  })
  const inView = virtual.getVirtualItems()
  useEffect(() => {
    scrollRef.current?.scrollTo(0, 0)
  }, [article?.id])

  // A focus request waits until its highlight exists (the claims may still be loading, its paragraph not drawn).
  const handled = useRef<{ id: number } | null>(null)
  const range = `${inView[0]?.index ?? -1}-${inView.at(-1)?.index ?? -1}`
  useEffect(() => {
    if (!focus || handled.current === focus || !bodyRef.current) return
    const mark = bodyRef.current.querySelector<HTMLElement>(`mark[data-claim-ids~="${focus.id}"]`)
    if (!mark) {
      const claim = placed.find((c) => c.id === focus.id)
      if (claim && virtualized) virtual.scrollToIndex(paragraphAt(paras, claim.start), { align: 'center' })
      return
    }
    handled.current = focus
    mark.scrollIntoView({ block: 'center', behavior: 'auto' })
    const marks = bodyRef.current.querySelectorAll<HTMLElement>(`mark[data-claim-ids~="${focus.id}"]`)
    marks.forEach((m) => {
      m.classList.remove('flash')
      void m.offsetWidth // restart the animation
      m.classList.add('flash')
    })
  }, [focus, placed, paras, range, virtualized, virtual])

  const paragraph = (i: number) => {
    const p = paras[i]!
    return (
      <HighlightedParagraph
        key={p.start}
        text={p.text}
        start={p.start}
        claims={byParagraph[i]!}
        selectedId={selectedId}
        onClaimClick={onSelectClaim}
      />
    )
  }

  return (
    <section className="pane reader-pane" aria-label={label} ref={scrollRef} aria-busy={loading || undefined}>
      {!article ? (
        <p className="placeholder">{loading ? 'Opening the article…' : (empty ?? 'Choose an article in the library to read it.')}</p>
      ) : (
        <article className="reader" data-article-id={article.id}>
          <h1 className="reader-title">{article.title}</h1>
          <p className="reader-meta">{[article.source, article.published, article.url].filter(Boolean).join(' · ')}</p>
          {article.warnings.map((w) => (
            <p key={w} className="reader-warning" role="note">
              {w}
            </p>
          ))}
          <OrphanedClaims claims={orphaned} onSelect={onSelectClaim} />
          {virtualized ? (
            <div className="reader-body virtual" {...bodyProps} style={{ height: virtual.getTotalSize() }}>
              {inView.map((v) => (
                <div
                  key={v.key}
                  className="reader-row"
                  data-index={v.index}
                  ref={virtual.measureElement}
                  style={{ transform: `translateY(${v.start - bodyTop}px)` }}
                >
                  {paragraph(v.index)}
                </div>
              ))}
            </div>
          ) : (
            <div className="reader-body" {...bodyProps}>
              {paras.map((_, i) => paragraph(i))}
            </div>
          )}
        </article>
      )}
      {caret.caret ? <span className="reader-caret" aria-hidden="true" style={caret.caret} /> : null}
    </section>
  )
})
