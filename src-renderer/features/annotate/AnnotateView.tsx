import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { ClaimDetails } from '../claims/ClaimDetails.tsx'
import { ClaimFilters, noFilters, type ClaimFilterState } from '../claims/ClaimFilters.tsx'
import { ClaimsTable, type ClaimsTableHandle } from '../claims/ClaimsTable.tsx'
import type { Review } from '../claims/columns.tsx'
import { ExportControl } from '../claims/ExportControl.tsx'
import { useClaims, type LocalClaim } from '../claims/use-claims.ts'
import { ReaderPane, type ReaderHandle } from '../reader/ReaderPane.tsx'
import { SuggestionsToggle } from '../suggest/SuggestionsToggle.tsx'
import { isSuggested, useSuggestions, type SuggestedClaim } from '../suggest/use-suggestions.ts'
import { useCodedClaims } from '../codes/use-coded-claims.tsx'
import { TeamReaderLayer } from '../team/reader-layer/TeamReaderLayer.tsx'
import { useAnnotateCommands } from './use-annotate-commands.ts'

interface Props {
  articleId: number | null
  /** Bumped after undo/redo: reload from the database. */
  version: number
  /** Bumped after any saved change (e.g. the article's title edited in the library): re-read the article. */
  articleRevision: number
  /** Select and show this claim (after undo/redo or from the corpus view). */
  reveal: { id: number } | null
  speakers: string[]
  onChanged: () => void
}

const SUGGESTIONS_KEY = 'workbench.suggestions'
const UNTAGGED_KEY = 'workbench.suggestions.untagged'
const byPosition = (a: LocalClaim, b: LocalClaim) => a.start - b.start || a.end - b.end || a.id - b.id

/** Journey 1: the article on one side, its claims (and suggested ones) on the other; select text and press 1/2/3. */
export function AnnotateView({ articleId, version, articleRevision, reveal, speakers, onChanged }: Props) {
  const [edits, setEdits] = useState(0)
  const changed = useCallback(() => {
    setEdits((n) => n + 1)
    onChanged()
  }, [onChanged])
  const article = useCall('articles.get', articleId === null ? null : { id: articleId }, articleRevision)
  const store = useClaims(articleId === null ? null : { articleId }, changed)
  const [showSuggestions, setShowSuggestions] = useState(() => localStorage.getItem(SUGGESTIONS_KEY) !== 'off')
  useEffect(() => localStorage.setItem(SUGGESTIONS_KEY, showSuggestions ? 'on' : 'off'), [showSuggestions])
  const [withUntagged, setWithUntagged] = useState(() => localStorage.getItem(UNTAGGED_KEY) === 'on')
  useEffect(() => localStorage.setItem(UNTAGGED_KEY, withUntagged ? 'on' : 'off'), [withUntagged])
  const review = useSuggestions(articleId, showSuggestions, withUntagged, `${version}:${edits}`, changed)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [focus, setFocus] = useState<{ id: number } | null>(null)
  const [filters, setFilters] = useState<ClaimFilterState>(noFilters)
  const [shown, setShown] = useState(0)
  const reader = useRef<ReaderHandle>(null)
  const table = useRef<ClaimsTableHandle>(null)
  const [readerBody, setReaderBody] = useState<HTMLElement | null>(null)

  const { reload } = store
  useEffect(() => {
    if (version > 0) void reload()
  }, [version, reload])
  useEffect(() => setSelectedId(null), [articleId])
  useEffect(() => {
    if (reveal) {
      setSelectedId(reveal.id)
      setFocus({ id: reveal.id })
    }
  }, [reveal])

  const selectRow = useCallback((id: number | null) => {
    setSelectedId(id)
    if (id !== null) setFocus({ id })
  }, [])

  // in an article, claims read in text order (suggested ones among them) unless the user sorts otherwise
  const rows = useMemo(() => [...store.claims, ...review.suggestions].sort(byPosition), [store.claims, review.suggestions])
  const coded = useCodedClaims(rows, articleId ?? undefined, version)
  const selected = coded.claims.find((c) => c.id === selectedId) ?? rows.find((c) => c.id === selectedId)

  /** After a suggestion is accepted or rejected, move on to the next row (fast review: Enter, Enter, x, …). */
  const nextAfter = (id: number): number | null => {
    const ids = table.current?.visibleIds() ?? []
    const at = ids.indexOf(id)
    return ids[at + 1] ?? ids[at - 1] ?? null
  }

  const acceptSuggestion = async (s: SuggestedClaim, patch: Partial<ClaimFields> = {}) => {
    selectRow(nextAfter(s.id))
    const [id] = await review.accept([{ ...s, ...('attributedTo' in patch ? { attributedTo: patch.attributedTo! } : {}) }], 'confidence' in patch ? patch.confidence : undefined)
    await store.reload()
    const rest: Partial<ClaimFields> = { ...patch }
    delete rest.confidence
    delete rest.attributedTo
    if (id !== undefined && Object.keys(rest).length) await store.update(id, rest)
  }
  const rejectSuggestion = (s: SuggestedClaim) => {
    selectRow(nextAfter(s.id))
    void review.reject(s)
  }

  /** An edit on a suggested row accepts it with that edit; on a claim it saves the change. */
  const save = useCallback(
    (id: number, patch: Partial<ClaimFields>) => {
      const s = review.suggestions.find((x) => x.id === id)
      if (s) void acceptSuggestion(s, patch)
      else void store.update(id, patch)
    },
    [review.suggestions, store.update] // acceptSuggestion reads only these
  )
  const reviewActions = useMemo<Review>(
    () => ({
      accept: (id) => {
        const s = review.suggestions.find((x) => x.id === id)
        if (s) void acceptSuggestion(s)
      },
      reject: (id) => {
        const s = review.suggestions.find((x) => x.id === id)
        if (s) rejectSuggestion(s)
      }
    }),
    [review.suggestions]
  )

  useAnnotateCommands({
    active: articleId !== null,
    reader,
    table,
    selected,
    selectRow,
    setSelectedId,
    create: store.create,
    update: store.update,
    remove: store.remove,
    acceptSuggestion,
    rejectSuggestion
  })

  return (
    <div className="annotate">
      {article.error ? <ErrorNote error={article.error} onRetry={article.reload} /> : null}
      <ReaderPane ref={reader} article={articleId === null ? undefined : article.data} claims={rows} selectedId={selectedId} focus={focus} onSelectClaim={selectRow} onBodyElement={setReaderBody} />
      <section className="pane claims-pane" aria-label="Claims pane">
        {store.error ? <ErrorNote error={store.error} onRetry={() => void store.reload()} /> : null}
        <ClaimFilters value={filters} onChange={setFilters} speakers={speakers} counts={{ shown, total: rows.length }}>
          <SuggestionsToggle
            shown={showSuggestions}
            count={review.suggestions.length}
            onToggle={() => setShowSuggestions((v) => !v)}
            onAcceptAll={() => void review.accept(review.suggestions).then(() => store.reload())}
            onLexiconChanged={review.reload}
            withUntagged={withUntagged}
            onWithUntagged={setWithUntagged}
          />
          {coded.filter}
          <ExportControl visibleIds={() => (table.current?.visibleIds() ?? []).filter((id) => id > 0)} />
        </ClaimFilters>
        <ClaimsTable ref={table} claims={coded.claims} filters={filters} selectedId={selectedId} onSelect={selectRow} onSave={save} onShownChange={setShown} review={reviewActions} />
        <TeamReaderLayer articleId={articleId} version={version} readerBody={readerBody} />
        {selected ? <ClaimDetails claim={selected} /> : <p className="details-hint">Select text in the article and press 1 (evidence), 2 (assess) or 3 (do not yet know). Press ? for all shortcuts.</p>}
      </section>
    </div>
  )
}
