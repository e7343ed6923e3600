import { useCallback, useEffect, useMemo, useState } from 'react'
import type { SortingState } from '@tanstack/react-table'
import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import { invoke } from '../../api/client.ts'
import { DeleteDialog } from './DeleteDialog.tsx'
import { EditArticleDialog } from './EditArticleDialog.tsx'
import { DropOverlay } from './import/DropOverlay.tsx'
import { ImportButtons } from './import/ImportButtons.tsx'
import { ImportPanel } from './import/ImportPanel.tsx'
import { useImport } from './import/use-import.ts'
import { LibraryFilters } from './LibraryFilters.tsx'
import { defaultLibrarySort, LibraryGrid } from './LibraryGrid.tsx'
import { noFilter, visibleArticles } from './library-filter.ts'
import { SearchBox } from './SearchBox.tsx'
import { keepVisible, noSelection, only, selectedInOrder, type Selection } from './selection.ts'
import { formatCount } from '../../ui/format.ts'
import { useToast } from '../../ui/toasts.tsx'
import { useSearch } from './use-search.ts'
import './library.css'

const plural = (n: number, one: string) => `${formatCount(n)} ${one}${n === 1 ? '' : 's'}`

interface Props {
  articles: ArticleSummary[]
  loading: boolean
  /** the article open in the reader */
  selectedId: number | null
  onSelect: (id: number | null) => void
  /** the library changed (import, edit, delete, undo): reload the list */
  onChanged?: () => void
  /** undo the last step (a delete made here is one: the core keeps the deleted rows) */
  onUndo?: () => void
  /** compare the two selected articles side by side */
  onCompare?: (leftId: number, rightId: number) => void
}

/** The library: search, filters, import, the grid with multi-select, edit and delete with undo. */
export function LibraryPane({ articles, loading, selectedId, onSelect, onChanged, onUndo, onCompare }: Props) {
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState(noFilter)
  const [sorting, setSorting] = useState<SortingState>(defaultLibrarySort)
  const [generation, setGeneration] = useState(0)
  const [selection, setSelection] = useState<Selection>(selectedId === null ? noSelection : only(selectedId))
  const [editing, setEditing] = useState<ArticleSummary | null>(null)
  const [deleting, setDeleting] = useState<ArticleSummary[] | null>(null)
  const toast = useToast()

  const changed = useCallback(() => {
    onChanged?.()
    setGeneration((g) => g + 1)
  }, [onChanged])
  const importer = useImport(changed)

  const search = useSearch(query, generation)
  const hits = useMemo(
    () => (search.hits ? new Map(search.hits.map((h) => [h.id, search.marks.has(h.id) ? { ...h, ...search.marks.get(h.id)! } : h])) : null),
    [search.hits, search.marks]
  )

  const rows = useMemo(() => visibleArticles(articles, search.hits, filter), [articles, search.hits, filter])
  const order = useMemo(() => rows.map((a) => a.id), [rows])

  /** Selection and the reader move together: the active row is the open article. */
  const select = useCallback(
    (s: Selection) => {
      setSelection(s)
      if (s.active !== selectedId) onSelect(s.active)
    },
    [selectedId, onSelect]
  )

  // an article opened elsewhere (claims table, import summary) becomes the selection
  useEffect(() => {
    if (selectedId !== null && !selection.ids.has(selectedId)) setSelection(only(selectedId))
  }, [selectedId]) // eslint-disable-line react-hooks/exhaustive-deps -- only when the open article changes

  // rows that left the list (deleted, filtered out) leave the selection
  useEffect(() => setSelection((s) => keepVisible(s, order)), [order])

  const chosen = useMemo(() => selectedInOrder(selection, order).map((id) => rows.find((a) => a.id === id)!), [selection, order, rows])

  /** The toast's Undo takes back this delete only while it is the next step to undo (else Undo would take back a later change). */
  const undoIfNext = async (label: string) => {
    const { undo } = await invoke('history.state', {})
    if (undo === label) onUndo?.()
    else toast({ kind: 'info', message: 'That delete is no longer the last change: use Undo (Ctrl+Z) to step back to it.' })
  }

  const remove = async (targets: ArticleSummary[]) => {
    const result = await invoke('articles.delete', { ids: targets.map((a) => a.id) })
    const n = result.deleted.length
    toast({
      kind: 'info',
      message: `Deleted ${plural(n, 'article')}${result.claims ? ` and ${plural(result.claims, 'claim')}` : ''}.`,
      action: onUndo ? { label: 'Undo', run: () => void undoIfNext(result.undo) } : undefined,
      durationMs: 30_000
    })
    // the open article went: open one still in the list, near it (the library data may not have reloaded yet)
    if (selectedId !== null && result.deleted.includes(selectedId)) {
      const at = rows.findIndex((a) => a.id === selectedId)
      const left = rows.filter((a) => !result.deleted.includes(a.id))
      onSelect((left[Math.max(0, at - (rows.length - left.length))] ?? left.at(-1))?.id ?? null)
    }
    setSelection(noSelection)
    changed()
  }

  const searching = query.trim() !== ''
  const status = search.error?.message ?? (searching && search.hits ? `${rows.length} match${rows.length === 1 ? '' : 'es'}` : '')
  const busy = importer.view.phase === 'running'

  return (
    <div className="library">
      <div className="library-toolbar">
        <SearchBox
          value={query}
          status={status}
          onChange={(q) => {
            setQuery(q)
            if (q.trim() && !searching) setSorting([]) // rank order while searching
            if (!q.trim() && searching) setSorting(defaultLibrarySort)
          }}
        />
        <div className="toolbar-row">
          <ImportButtons busy={busy} onFiles={importer.importFiles} onJob={importer.followJob} />
          <LibraryFilters articles={articles} filter={filter} onChange={setFilter} />
        </div>
      </div>
      <ImportPanel view={importer.view} onCancel={importer.cancel} onClose={importer.dismiss} onOpen={(id) => onSelect(id)} />
      <LibraryGrid
        rows={rows}
        hits={hits}
        onRowsInView={search.fillSnippets}
        loading={loading}
        emptyMessage={
          searching
            ? 'No article matches this search.'
            : articles.length
              ? 'No article matches the filter.'
              : 'No articles yet. Import files or drop them here.'
        }
        selection={selection}
        onSelection={select}
        sorting={sorting}
        onSortingChange={setSorting}
        onDelete={() => chosen.length && setDeleting(chosen)}
        onEdit={() => chosen.length === 1 && setEditing(chosen[0]!)}
      />
      <div className="library-footer" role="group" aria-label="Selected articles">
        <span className="selection-count">
          {rows.length === articles.length
            ? plural(articles.length, 'article')
            : `${formatCount(rows.length)} of ${plural(articles.length, 'article')}`}
          {chosen.length ? ` · ${chosen.length} selected` : ''}
        </span>
        <button type="button" onClick={() => setEditing(chosen[0]!)} disabled={chosen.length !== 1}>
          Edit…
        </button>
        <button type="button" onClick={() => setDeleting(chosen)} disabled={!chosen.length}>
          Delete…
        </button>
        {onCompare ? (
          <button
            type="button"
            onClick={() => onCompare(chosen[0]!.id, chosen[1]!.id)}
            disabled={chosen.length !== 2}
            title="Select two articles to compare them side by side"
          >
            Compare
          </button>
        ) : null}
      </div>
      {editing ? <EditArticleDialog article={editing} onSaved={changed} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <DeleteDialog
          titles={deleting.map((a) => a.title)}
          claims={deleting.reduce((n, a) => n + a.claims, 0)}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      ) : null}
      <DropOverlay busy={busy} onFiles={importer.importFiles} />
    </div>
  )
}
