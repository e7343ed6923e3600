import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { ClaimDetails } from '../claims/ClaimDetails.tsx'
import { ClaimFilters, personLookup, speakerForms, type ClaimFilterState, type Speaker } from '../claims/ClaimFilters.tsx'
import { ClaimsTable, type ClaimsTableHandle } from '../claims/ClaimsTable.tsx'
import type { Review } from '../claims/columns.tsx'
import { ExportControl } from '../claims/ExportControl.tsx'
import { useClaims, type LocalClaim } from '../claims/use-claims.ts'
import { ReaderPane, type ReaderHandle } from '../reader/ReaderPane.tsx'
import { SuggestionsToggle } from '../suggest/SuggestionsToggle.tsx'
import { useSuggestions, type SuggestedClaim } from '../suggest/use-suggestions.ts'
import { useCodedClaims } from '../codes/use-coded-claims.tsx'
import { TeamReaderLayer } from '../team/reader-layer/TeamReaderLayer.tsx'
import { useAnnotateCommands } from './use-annotate-commands.ts'
import { touchesClaims, useChangeCount, useChanges } from '../../api/changes.ts'

interface Props {
  articleId: number | null
  /** Select and show this claim (after undo/redo or from the corpus view). */
  reveal: { id: number } | null
  speakers: Speaker[]
  /** the filter bar's state, kept by the app (it is part of the saved place) */
  filters: ClaimFilterState
  onFiltersChange: (f: ClaimFilterState) => void
}

const SUGGESTIONS_KEY = 'workbench.suggestions'
const UNTAGGED_KEY = 'workbench.suggestions.untagged'
/** A suggestion overlapping a claim is no longer proposed (the core skips it too): hides it while the list reloads. */
const withoutClaimed = (suggested: SuggestedClaim[], claims: LocalClaim[]) =>
  suggested.filter((s) => !claims.some((c) => s.start < c.end && c.start < s.end))
const byPosition = (a: LocalClaim, b: LocalClaim) => a.start - b.start || a.end - b.end || a.id - b.id

/**
 * Journey 1: the article on one side, its claims (and suggested ones) on the other; select text and press 1/2/3.
 * Memoized: the app's own redraws (the library's counts after a retag) leave it alone unless its props change.
 */
export const AnnotateView = memo(function AnnotateView({ articleId, reveal, speakers, filters, onFiltersChange: setFilters }: Props) {
  const article = useCall('articles.get', articleId === null ? null : { id: articleId })
  useChanges((c) => {
    if (c.library) return article.reload() // its title or source may have been edited
  })
  const store = useClaims(articleId === null ? null : { articleId })
  const [showSuggestions, setShowSuggestions] = useState(() => localStorage.getItem(SUGGESTIONS_KEY) !== 'off')
  useEffect(() => localStorage.setItem(SUGGESTIONS_KEY, showSuggestions ? 'on' : 'off'), [showSuggestions])
  const [withUntagged, setWithUntagged] = useState(() => localStorage.getItem(UNTAGGED_KEY) === 'on')
  useEffect(() => localStorage.setItem(UNTAGGED_KEY, withUntagged ? 'on' : 'off'), [withUntagged])
  const review = useSuggestions(articleId, showSuggestions, withUntagged)
  /** others' claims come with a sync (everything); the layer reads them again then */
  const teamVersion = useChangeCount((c) => !!c.everything)
  const codesVersion = useChangeCount((c) => touchesClaims(c, articleId) && !!(c.structure || c.everything))
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [focus, setFocus] = useState<{ id: number } | null>(null)
  const [shown, setShown] = useState(0)
  const [hiddenColumns, setHiddenColumns] = useState<string[]>([])
  const reader = useRef<ReaderHandle>(null)
  const table = useRef<ClaimsTableHandle>(null)
  const personOf = useMemo(() => personLookup(speakers), [speakers])
  const forms = useMemo(() => (filters.speaker ? speakerForms(filters.speaker, speakers) : undefined), [filters.speaker, speakers])
  const [readerBody, setReaderBody] = useState<HTMLElement | null>(null)

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
  const suggestions = useMemo(() => withoutClaimed(review.suggestions, store.claims), [review.suggestions, store.claims])
  const rows = useMemo(() => [...store.claims, ...suggestions].sort(byPosition), [store.claims, suggestions])
  const coded = useCodedClaims(rows, articleId ?? undefined, codesVersion)
  const selected = coded.claims.find((c) => c.id === selectedId) ?? rows.find((c) => c.id === selectedId)

  /** After a suggestion is rejected, move on to the next row (fast review: x, x, …). */
  const nextAfter = (id: number): number | null => {
    const ids = table.current?.visibleIds() ?? []
    const at = ids.indexOf(id)
    return ids[at + 1] ?? ids[at - 1] ?? null
  }

  /**
   * Accepting one suggestion makes it a claim at once (shown under a temporary id, like a claim made from
   * selected text) and that claim becomes the selected one, so the next key (a, n, 1/2/3) acts on it.
   */
  const acceptSuggestion = async (s: SuggestedClaim, patch: Partial<ClaimFields> = {}) => {
    const fields = { confidence: s.confidence, attributedTo: s.attributedTo, ...patch }
    const { tempId, saved } = store.create({ start: s.start, end: s.end, quote: s.quote, ...fields, cue: s.cue })
    selectRow(tempId)
    const row = await saved
    setSelectedId((sel) => (sel === tempId ? (row?.id ?? null) : sel))
  }
  const rejectSuggestion = (s: SuggestedClaim) => {
    selectRow(nextAfter(s.id))
    void review.reject(s)
  }

  // The table's cell renderers are built from `save` and `review`: a new function there is a new cell component,
  // which remounts every cell (a field being typed in loses its focus). Both stay the same and read the latest
  // suggestions through a ref.
  const latest = useRef({ suggestions, acceptSuggestion, rejectSuggestion, update: store.update })
  latest.current = { suggestions, acceptSuggestion, rejectSuggestion, update: store.update }
  const suggestionOf = (id: number) => latest.current.suggestions.find((x) => x.id === id)

  /** An edit on a suggested row accepts it with that edit; on a claim it saves the change. */
  const save = useCallback((id: number, patch: Partial<ClaimFields>) => {
    const s = suggestionOf(id)
    if (s) void latest.current.acceptSuggestion(s, patch)
    else void latest.current.update(id, patch)
  }, [])
  const reviewActions = useMemo<Review>(
    () => ({
      accept: (id) => {
        const s = suggestionOf(id)
        if (s) void latest.current.acceptSuggestion(s)
      },
      reject: (id) => {
        const s = suggestionOf(id)
        if (s) latest.current.rejectSuggestion(s)
      }
    }),
    []
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
      <ReaderPane
        ref={reader}
        article={articleId === null ? undefined : article.data}
        loading={article.loading}
        claims={rows}
        selectedId={selectedId}
        focus={focus}
        onSelectClaim={selectRow}
        onBodyElement={setReaderBody}
      />
      <section className="pane claims-pane" aria-label="Claims pane">
        {store.error ? <ErrorNote error={store.error} onRetry={() => void store.reload()} /> : null}
        <ClaimFilters value={filters} onChange={setFilters} speakers={speakers} counts={{ shown, total: rows.length }}>
          <SuggestionsToggle
            shown={showSuggestions}
            count={suggestions.length}
            onToggle={() => setShowSuggestions((v) => !v)}
            onAcceptAll={() => void review.accept(suggestions).then(() => store.reload())}
            onLexiconChanged={review.reload}
            withUntagged={withUntagged}
            onWithUntagged={setWithUntagged}
          />
          {coded.filter}
          <ExportControl
            label={article.data?.title ?? 'article'}
            selection={() => ({ ids: (table.current?.visibleIds() ?? []).filter((id) => id > 0) })}
          />
        </ClaimFilters>
        <ClaimsTable
          ref={table}
          claims={coded.claims}
          filters={filters}
          speakerForms={forms}
          personOf={personOf}
          selectedId={selectedId}
          onSelect={selectRow}
          onSave={save}
          onShownChange={setShown}
          review={reviewActions}
          onHiddenColumnsChange={setHiddenColumns}
        />
        <TeamReaderLayer articleId={articleId} version={teamVersion} readerBody={readerBody} />
        {selected ? (
          <ClaimDetails key={selected.key ?? selected.id} claim={selected} hidden={hiddenColumns} onSave={save} />
        ) : (
          <p className="details-hint">
            Select text in the article and press 1 (evidence), 2 (assess) or 3 (do not yet know). Press ? for all shortcuts.
          </p>
        )}
      </section>
    </div>
  )
})
