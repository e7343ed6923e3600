import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ClaimFields } from '../../../src-main/contract/index.ts'
import type { CommandId } from '../../../src-main/contract/shortcuts.ts'
import { useCall } from '../../api/use-call.ts'
import { useCommands } from '../../ui/use-commands.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { ClaimDetails } from '../claims/ClaimDetails.tsx'
import { ExportControl } from '../claims/ExportControl.tsx'
import { ClaimFilters, noFilters, type ClaimFilterState } from '../claims/ClaimFilters.tsx'
import { ClaimsTable, type ClaimsTableHandle } from '../claims/ClaimsTable.tsx'
import { useClaims } from '../claims/use-claims.ts'
import { ReaderPane, type ReaderHandle } from '../reader/ReaderPane.tsx'

const TAG_FOR: Partial<Record<CommandId, ClaimFields['confidence']>> = {
  'tag-evidence': 'evidence',
  'tag-assess': 'assess',
  'tag-unknown': 'do not yet know',
  'tag-clear': null
}

interface Props {
  articleId: number | null
  /** Bumped after undo/redo: reload from the database. */
  version: number
  /** Select and show this claim (after undo/redo or from the corpus view). */
  reveal: { id: number } | null
  speakers: string[]
  onChanged: () => void
}

/** Journey 1: the article on one side, its claims on the other; select text and press 1/2/3. */
export function AnnotateView({ articleId, version, reveal, speakers, onChanged }: Props) {
  const article = useCall('articles.get', articleId === null ? null : { id: articleId })
  const store = useClaims(articleId === null ? null : { articleId }, onChanged)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [focus, setFocus] = useState<{ id: number } | null>(null)
  const [filters, setFilters] = useState<ClaimFilterState>(noFilters)
  const [shown, setShown] = useState(0)
  const reader = useRef<ReaderHandle>(null)
  const table = useRef<ClaimsTableHandle>(null)

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

  const selectRow = useCallback((id: number) => {
    setSelectedId(id)
    setFocus({ id })
  }, [])

  const createFromSelection = async (confidence: ClaimFields['confidence']): Promise<boolean> => {
    const span = reader.current?.selection()
    if (!span) return false
    reader.current?.clearSelection()
    const { tempId, saved } = store.create({ ...span, confidence })
    setSelectedId(tempId) // select at once, so the next key (a, n, 1/2/3) acts on it
    const row = await saved
    setSelectedId((s) => (s === tempId ? (row?.id ?? null) : s))
    return true
  }

  const move = (step: number) => {
    const ids = table.current?.visibleIds() ?? []
    if (ids.length === 0) return
    const at = selectedId === null ? -1 : ids.indexOf(selectedId)
    const next = ids[Math.max(0, Math.min(ids.length - 1, at === -1 && step < 0 ? 0 : at + step))]
    if (next !== undefined) selectRow(next)
  }

  useCommands((command, e) => {
    if (articleId === null) return false
    if (command in TAG_FOR) {
      const confidence = TAG_FOR[command]!
      if (reader.current?.selection()) {
        void createFromSelection(confidence)
        return true
      }
      if (selectedId !== null) {
        void store.update(selectedId, { confidence })
        return true
      }
      return false
    }
    switch (command) {
      case 'new-claim':
        if (!reader.current?.selection()) return false
        void createFromSelection(null)
        return true
      case 'delete-claim': {
        if (selectedId === null) return false
        const ids = table.current?.visibleIds() ?? []
        const next = ids[ids.indexOf(selectedId) + 1] ?? ids[ids.indexOf(selectedId) - 1] ?? null
        void store.remove(selectedId)
        setSelectedId(next)
        return true
      }
      case 'next-claim':
      case 'previous-claim':
        if (e && e.key.startsWith('Arrow')) return false // arrows scroll the page unless the grid has focus
        move(command === 'next-claim' ? 1 : -1)
        return true
      case 'edit-speaker':
      case 'edit-note': {
        if (selectedId === null) return false
        const field = command === 'edit-speaker' ? 'attributedTo' : 'note'
        document.querySelector<HTMLInputElement>(`input[data-field="${field}"][data-claim="${selectedId}"]`)?.focus()
        return true
      }
      default:
        return false
    }
  })

  // in an article, claims read in text order unless the user sorts otherwise
  const inTextOrder = useMemo(() => [...store.claims].sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id), [store.claims])
  const selected = store.claims.find((c) => c.id === selectedId)
  return (
    <div className="annotate">
      {article.error ? <ErrorNote error={article.error} onRetry={article.reload} /> : null}
      <ReaderPane ref={reader} article={articleId === null ? undefined : article.data} claims={store.claims} selectedId={selectedId} focus={focus} onSelectClaim={setSelectedId} />
      <section className="pane claims-pane" aria-label="Claims pane">
        {store.error ? <ErrorNote error={store.error} onRetry={() => void store.reload()} /> : null}
        <ClaimFilters value={filters} onChange={setFilters} speakers={speakers} counts={{ shown, total: store.claims.length }}>
          <ExportControl visibleIds={() => table.current?.visibleIds() ?? []} />
        </ClaimFilters>
        <ClaimsTable ref={table} claims={inTextOrder} filters={filters} selectedId={selectedId} onSelect={selectRow} onSave={store.update} onShownChange={setShown} />
        {selected ? <ClaimDetails claim={selected} /> : <p className="details-hint">Select text in the article and press 1 (evidence), 2 (assess) or 3 (do not yet know). Press ? for all shortcuts.</p>}
      </section>
    </div>
  )
}
