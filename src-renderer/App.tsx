import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CommandId } from '../src-main/contract/shortcuts.ts'
import { invoke } from './api/client.ts'
import { useCall } from './api/use-call.ts'
import { AnnotateView } from './features/annotate/AnnotateView.tsx'
import { CorpusClaimsView } from './features/claims/CorpusClaimsView.tsx'
import { CodebookButton } from './features/codes/CodebookButton.tsx'
import { CompareView } from './features/compare/CompareView.tsx'
import { LibraryPane } from './features/library/LibraryPane.tsx'
import { TeamButton } from './features/team/TeamButton.tsx'
import { TeamView } from './features/team/TeamView.tsx'
import { ErrorNote } from './ui/ErrorNote.tsx'
import { HelpOverlay } from './ui/HelpOverlay.tsx'
import { ToastProvider, useToast } from './ui/toasts.tsx'
import { useCommands } from './ui/use-commands.ts'
import { defaultLibraryView, firstPageOf } from './api/library-first-page.ts'
import { formatCount } from './ui/format.ts'
import { publish, useChangeCount, useChanges } from './api/changes.ts'
import { applyTally } from './features/library/tally.ts'
import { savePlace, type Place } from './api/place.ts'
import { noFilters, type ClaimFilterState } from './features/claims/ClaimFilters.tsx'

type View = NonNullable<Place['view']>

function Workbench({ place }: { place: Place }) {
  const toast = useToast()
  const [view, setView] = useState<View>(place.view ?? 'read')
  const [articleId, setArticleId] = useState<number | null>(place.articleId ?? null)
  const [readFilters, setReadFilters] = useState<ClaimFilterState>(place.filters?.read ?? noFilters)
  const [claimsFilters, setClaimsFilters] = useState<ClaimFilterState>(place.filters?.claims ?? noFilters)
  const [libraryOpen, setLibraryOpen] = useState(true)
  const [help, setHelp] = useState(false)
  const [reveal, setReveal] = useState<{ id: number } | null>(null)
  const [comparing, setComparing] = useState<{ left: number; right: number } | null>(place.compare ?? null)
  /** a new pair chosen in the library starts Compare afresh; a pair changed inside Compare only is remembered */
  const [compareStart, setCompareStart] = useState(0)

  // One refresh model (api/changes.ts): each write says what it changed; the app refreshes only that.
  // the library's first page (newest import first) and its size; the pane reads the rest a window at a time
  const library = useCall('articles.page', firstPageOf(defaultLibraryView))
  const speakerList = useCall('claims.speakers', {})
  // one entry per person (the filter matches all its stored forms); every form is offered when typing a speaker
  const speakers = useMemo(() => speakerList.data ?? [], [speakerList.data])
  const speakerNames = useMemo(() => speakers.flatMap((s) => s.variants), [speakers])
  const history = useCall('history.state', {})
  useChanges((c) => {
    const reads: Promise<void>[] = [history.reload()] // one row: the undo and redo labels
    if (c.library || c.everything || (c.structure && !c.tally)) reads.push(library.reload())
    else if (c.tally?.length) library.mutate((p) => ({ ...p, rows: applyTally(p.rows, c.tally!) })) // counts known: no re-read
    if (c.speakers || c.everything || c.library) reads.push(speakerList.reload())
    return Promise.all(reads)
  })
  const libraryChanged = useCallback(() => publish({ library: true, everything: true }), [])
  /** Compare and Team show claims of any article: they compare again after any claim change */
  const claimsVersion = useChangeCount((c) => !!(c.everything || c.articles?.length))

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const done = await invoke(direction === 'undo' ? 'history.undo' : 'history.redo', {})
        const nothing = direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.'
        if (!done) {
          toast({ kind: 'info', message: nothing })
          return
        }
        if (done.skipped.length) toast({ kind: 'info', message: `Skipped, as it can no longer apply: ${done.skipped.join('; ')}.` })
        // a step of one article's claims refreshes that article's views; one without (an article deleted or
        // restored, steps skipped) may have changed anything
        const change =
          done.articleId === null ? { everything: true, library: true } : { articles: [done.articleId], structure: true, speakers: true }
        if (done.description === null) {
          if (!done.skipped.length) toast({ kind: 'info', message: nothing })
          await publish({ everything: true, library: true })
          return
        }
        // "Undone" once the change is on screen: every view showing that article's claims has read them again
        await publish(change)
        if (done.articleId !== null) setArticleId(done.articleId)
        if (done.claimId !== null) setReveal({ id: done.claimId })
        toast({ kind: 'info', message: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${done.description}` })
      } catch (err) {
        toast({ kind: 'error', message: `Could not ${direction}: ${(err as Error).message}` })
      }
    },
    [toast]
  )

  useCommands((command: CommandId) => {
    if (command === 'undo' || command === 'redo') {
      void step(command)
      return true
    }
    if (command === 'help') {
      setHelp(true)
      return true
    }
    return false
  })

  // open the newest article at first, or instead of a saved one deleted since (checked once: an article just
  // imported may be opened before the library has reloaded)
  const checkedSaved = useRef(false)
  const newest = library.data?.rows[0]?.id
  useEffect(() => {
    if (newest === undefined) return
    if (articleId === null) return setArticleId(newest)
    if (checkedSaved.current) return
    checkedSaved.current = true
    if (library.data!.rows.some((a) => a.id === articleId)) return
    void invoke('articles.page', { view: { ids: [articleId] }, offset: 0, limit: 1, count: false }).then(
      (p) => p.rows.length === 0 && setArticleId((id) => (id === articleId ? newest : id)),
      () => {}
    )
  }, [articleId, newest, library.data])
  const libraryTotal = library.data?.total ?? null
  const first = useMemo(() => (library.data ? { key: JSON.stringify(defaultLibraryView), ...library.data } : undefined), [library.data])

  // keep the place: a reload or a restart comes back here
  useEffect(() => {
    void savePlace({ view, articleId, filters: { read: readFilters, claims: claimsFilters }, compare: comparing })
  }, [view, articleId, readFilters, claimsFilters, comparing])

  return (
    <div className={`app${libraryOpen ? '' : ' library-closed'}`}>
      <header className="app-bar">
        <span className="app-name">Analyst Workbench</span>
        <nav className="view-tabs" aria-label="Views">
          <button type="button" aria-pressed={view === 'read'} onClick={() => setView('read')}>
            Read &amp; annotate
          </button>
          <button type="button" aria-pressed={view === 'claims'} onClick={() => setView('claims')}>
            All claims
          </button>
          <button type="button" aria-pressed={view === 'compare'} onClick={() => setView('compare')}>
            Compare
          </button>
          <button type="button" aria-pressed={view === 'team'} onClick={() => setView('team')}>
            Team
          </button>
        </nav>
        <span className="app-count" aria-live="polite">
          {libraryTotal !== null ? `${formatCount(libraryTotal)} article${libraryTotal === 1 ? '' : 's'}` : ''}
        </span>
        <span className="spacer" />
        <CodebookButton />
        <TeamButton onPulled={() => void publish({ everything: true, library: true })} />
        <button
          type="button"
          onClick={() => void step('undo')}
          disabled={!history.data?.undo}
          title={history.data?.undo ? `Undo ${history.data.undo}` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => void step('redo')}
          disabled={!history.data?.redo}
          title={history.data?.redo ? `Redo ${history.data.redo}` : 'Nothing to redo'}
        >
          Redo
        </button>
        <button type="button" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      {view === 'read' ? (
        <main className="workspace">
          <nav className="pane library-pane" aria-label="Library pane">
            <button type="button" className="library-toggle" onClick={() => setLibraryOpen((o) => !o)} aria-expanded={libraryOpen}>
              {libraryOpen ? '‹ Hide library' : '›'}
            </button>
            {library.error ? <ErrorNote error={library.error} onRetry={library.reload} /> : null}
            {libraryOpen ? (
              <LibraryPane
                first={first}
                libraryTotal={libraryTotal}
                selectedId={articleId}
                onSelect={setArticleId}
                onChanged={libraryChanged}
                onUndo={() => void step('undo')}
                onCompare={(left, right) => {
                  setComparing({ left, right })
                  setCompareStart((n) => n + 1)
                  setView('compare')
                }}
              />
            ) : null}
          </nav>
          <AnnotateView articleId={articleId} reveal={reveal} speakers={speakers} filters={readFilters} onFiltersChange={setReadFilters} />
        </main>
      ) : view === 'team' ? (
        <main className="workspace single">
          <TeamView initialArticleId={articleId} version={claimsVersion} onChanged={() => void publish({ everything: true })} />
        </main>
      ) : view === 'compare' ? (
        <main className="workspace single">
          <CompareView
            key={compareStart}
            initialLeftId={comparing?.left ?? articleId}
            initialRightId={comparing?.right ?? null}
            version={claimsVersion}
            onPairChange={(left, right) => setComparing((c) => (c?.left === left && c.right === right ? c : { left, right }))}
          />
        </main>
      ) : (
        <main className="workspace single">
          <CorpusClaimsView
            speakers={speakers}
            filters={claimsFilters}
            onFiltersChange={setClaimsFilters}
            onOpen={(c) => {
              setArticleId(c.articleId)
              setReveal({ id: c.id })
              setView('read')
            }}
          />
        </main>
      )}
      <datalist id="speaker-suggestions">
        {speakerNames.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
    </div>
  )
}

export function App() {
  // where the analyst was, before the first screen: it decides which article opens
  const place = useCall('place.get', {})
  if (place.loading && !place.error) return null
  return (
    <ToastProvider>
      <Workbench place={place.data ?? {}} />
    </ToastProvider>
  )
}
