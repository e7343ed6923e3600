import { useEffect, useMemo, useRef, useState } from 'react'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { useChangeCount } from '../../api/changes.ts'
import { ArticlePicker } from '../library/ArticlePicker.tsx'
import { useArticleChoices } from '../library/use-article-choices.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { useToast } from '../../ui/toasts.tsx'
import { ReaderPane } from '../reader/ReaderPane.tsx'
import { ComparisonTable } from './ComparisonTable.tsx'
import { downloadText } from './download.ts'
import { pairSpans } from './pair-spans.ts'
import { useSyncedScroll } from './use-synced-scroll.ts'
import './compare.css'

interface Props {
  /** the article open in the reader: the left side to start with */
  initialLeftId: number | null
  /** the right side to start with (two articles chosen in the library) */
  initialRightId?: number | null
  /** bumped when claims change elsewhere (undo/redo): compare again */
  version: number
  /** the pair shown changed (it is part of the saved place) */
  onPairChange?: (leftId: number, rightId: number) => void
}

/** Journey 3: two reports side by side, their claims aligned in a table below, conflicts called out. */
export function CompareView({ initialLeftId, initialRightId = null, version, onPairChange }: Props) {
  const toast = useToast()
  const [leftId, setLeftId] = useState<number | null>(initialLeftId)
  const [rightId, setRightId] = useState<number | null>(initialRightId)
  const [leftQuery, setLeftQuery] = useState('')
  const [rightQuery, setRightQuery] = useState('')
  const libraryVersion = useChangeCount((c) => !!(c.library || c.everything))
  const newest = useArticleChoices('', [leftId, rightId], libraryVersion)
  const leftChoices = useArticleChoices(leftQuery, [leftId], libraryVersion)
  const rightChoices = useArticleChoices(rightQuery, [rightId], libraryVersion)
  const [conflictsOnly, setConflictsOnly] = useState(false)
  const [withSuggestions, setWithSuggestions] = useState(false)
  const [synced, setSynced] = useState(false)
  const [selected, setSelected] = useState<number | null>(null)
  const [focus, setFocus] = useState<{ left: { id: number } | null; right: { id: number } | null }>({ left: null, right: null })
  const leftHolder = useRef<HTMLDivElement>(null)
  const rightHolder = useRef<HTMLDivElement>(null)

  // start with the open article on the left and another one on the right
  const articles = newest.choices
  useEffect(() => {
    if (!newest.ready || articles.length === 0) return
    const there = (id: number | null): id is number => id !== null && articles.some((a) => a.id === id) // not deleted since
    const left = there(leftId) ? leftId : articles[0]!.id
    if (left !== leftId) setLeftId(left)
    if (!there(rightId)) setRightId(articles.find((a) => a.id !== left)?.id ?? null)
  }, [articles, newest.ready, leftId, rightId])

  const pairChanged = useRef(onPairChange)
  pairChanged.current = onPairChange
  useEffect(() => {
    if (leftId !== null && rightId !== null) pairChanged.current?.(leftId, rightId)
  }, [leftId, rightId])

  const ready = leftId !== null && rightId !== null
  const input = ready ? { leftId, rightId, withSuggestions } : null
  const comparison = useCall('compare.articles', input, version)
  const left = useCall('articles.get', leftId === null ? null : { id: leftId })
  const right = useCall('articles.get', rightId === null ? null : { id: rightId })
  const data = comparison.data && comparison.data.left.id === leftId && comparison.data.right.id === rightId ? comparison.data : undefined
  const spans = useMemo(() => pairSpans(data?.pairs ?? []), [data])
  const rows = useMemo(
    () => (data?.pairs ?? []).map((pair, index) => ({ pair, index })).filter((r) => !conflictsOnly || r.pair.relation === 'conflicts'),
    [data, conflictsOnly]
  )
  const conflicts = data?.pairs.filter((p) => p.relation === 'conflicts').length ?? 0
  useEffect(() => setSelected(null), [data])
  useSyncedScroll(leftHolder, rightHolder, synced, data)

  const selectPair = (index: number) => {
    setSelected(index)
    const ids = spans.ids[index]
    if (ids) setFocus({ left: ids.left === null ? null : { id: ids.left }, right: ids.right === null ? null : { id: ids.right } })
  }
  const fromHighlight = (side: 'left' | 'right') => (id: number) => {
    const index = rows.find((r) => spans.ids[r.index]?.[side] === id)?.index
    if (index === undefined) return
    selectPair(index)
    document.getElementById(`pair-row-${index}`)?.scrollIntoView({ block: 'nearest' })
  }
  const exportCsv = async () => {
    if (!input) return
    try {
      const { fileName, csv } = await invoke('compare.csv', { ...input, conflictsOnly })
      downloadText(fileName, csv)
      toast({ kind: 'info', message: `Exported ${conflictsOnly ? 'the conflicts' : 'the comparison'} to ${fileName}.` })
    } catch (err) {
      toast({ kind: 'error', message: `Could not export: ${(err as Error).message}` })
    }
  }
  const selectedIds = selected === null ? null : spans.ids[selected]

  return (
    <section className="compare" aria-label="Compare reports">
      <div className="compare-bar">
        <ArticlePicker
          label="Left article"
          findLabel="Find the left side’s report"
          value={leftId}
          none={leftId === null ? 'Choose an article…' : undefined}
          articles={leftChoices.choices}
          query={leftQuery}
          onQuery={setLeftQuery}
          onChange={setLeftId}
        />
        <button
          type="button"
          onClick={() => {
            setLeftId(rightId)
            setRightId(leftId)
          }}
          title="Swap left and right"
          aria-label="Swap left and right"
        >
          ⇄
        </button>
        <ArticlePicker
          label="Right article"
          findLabel="Find the right side’s report"
          value={rightId}
          none={rightId === null ? 'Choose an article…' : undefined}
          articles={rightChoices.choices}
          query={rightQuery}
          onQuery={setRightQuery}
          onChange={setRightId}
        />
        <span className="spacer" />
        <label className="compare-option">
          <input type="checkbox" checked={conflictsOnly} onChange={(e) => setConflictsOnly(e.target.checked)} /> Conflicts only
        </label>
        <label className="compare-option" title="Also align suggested claims where an article has stored claims">
          <input type="checkbox" checked={withSuggestions} onChange={(e) => setWithSuggestions(e.target.checked)} /> Include suggestions
        </label>
        <label className="compare-option">
          <input type="checkbox" checked={synced} onChange={(e) => setSynced(e.target.checked)} /> Sync scrolling
        </label>
        <button type="button" onClick={() => void exportCsv()} disabled={!data}>
          Export CSV
        </button>
      </div>
      {comparison.error ? <ErrorNote error={comparison.error} onRetry={comparison.reload} /> : null}
      {leftId !== null && leftId === rightId ? (
        <p className="compare-note">Both sides show the same article: choose another one on the right.</p>
      ) : null}
      <div className="compare-summary" aria-live="polite">
        {data ? (
          <>
            <span>
              {data.pairs.length} pairs, <strong className={conflicts ? 'count-conflicts' : ''}>{conflicts} in conflict</strong>
              {data.left.claimsFrom !== 'stored' || data.right.claimsFrom !== 'stored'
                ? ' · dashed highlights are suggested claims, not yet saved'
                : ''}
            </span>
            <span className="shared-names" aria-label="Shared names">
              Shared names:{' '}
              {data.sharedEntities.length
                ? data.sharedEntities.map((e) => (
                    <span key={e.name} className={`entity entity-${e.kind}`} title={e.kind}>
                      {e.name}
                    </span>
                  ))
                : 'none'}
            </span>
          </>
        ) : comparison.loading ? (
          <span>Comparing…</span>
        ) : null}
      </div>
      <div className="compare-texts">
        <div ref={leftHolder} className="compare-text">
          <ReaderPane
            article={left.data}
            claims={spans.left}
            selectedId={selectedIds?.left ?? null}
            focus={focus.left}
            onSelectClaim={fromHighlight('left')}
            label="Left report"
            empty="Choose the left article."
          />
        </div>
        <div ref={rightHolder} className="compare-text">
          <ReaderPane
            article={right.data}
            claims={spans.right}
            selectedId={selectedIds?.right ?? null}
            focus={focus.right}
            onSelectClaim={fromHighlight('right')}
            label="Right report"
            empty="Choose the right article."
          />
        </div>
      </div>
      <div className="compare-table">
        <ComparisonTable rows={rows} selected={selected} onSelect={selectPair} loading={comparison.loading} />
      </div>
    </section>
  )
}
