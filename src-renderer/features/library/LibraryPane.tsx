import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
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
import { LibraryGrid, type GridKey } from './LibraryGrid.tsx'
import { defaultLibrarySort, libraryViewOf, noFilter } from './library-filter.ts'
import { SearchBox } from './SearchBox.tsx'
import {
  clickRow,
  extendTo,
  keepVisible,
  noSelection,
  only,
  selectAll,
  targetIndex,
  toggleActive,
  type Move,
  type Selection
} from './selection.ts'
import { formatCount } from '../../ui/format.ts'
import { useToast } from '../../ui/toasts.tsx'
import { useSettled, useSnippets } from './use-search.ts'
import { useLibraryWindow } from './use-library-window.ts'
import './library.css'

const plural = (n: number, one: string) => `${formatCount(n)} ${one}${n === 1 ? '' : 's'}`

/** Summaries of some articles in view order, at most this many (a delete dialog's titles and claims; Edit's one). */
const CHOSEN_MAX = 100_000

interface Props {
  /** App's read of the default view's first page (the first screen's), used for the pane's first page */
  first?: { key: string; rows: ArticleSummary[]; total: number | null }
  /** the library's size (every article), null until known */
  libraryTotal: number | null
  /** the article open in the reader */
  selectedId: number | null
  onSelect: (id: number | null) => void
  /** the library changed (import, edit, delete, undo): every view reads it again; resolves when they have */
  onChanged?: () => Promise<void> | void
  /** undo the last step (a delete made here is one: the core keeps the deleted rows) */
  onUndo?: () => void
  /** compare the two selected articles side by side */
  onCompare?: (leftId: number, rightId: number) => void
}

/** The library: search, filters, import, the grid with multi-select, edit and delete with undo; rows read a window at a time. */
export function LibraryPane({ first, libraryTotal, selectedId, onSelect, onChanged, onUndo, onCompare }: Props) {
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState(noFilter)
  const [sorting, setSorting] = useState<SortingState>(defaultLibrarySort)
  const [generation, setGeneration] = useState(0)
  const [selection, setSelection] = useState<Selection>(selectedId === null ? noSelection : only(selectedId))
  const [editing, setEditing] = useState<ArticleSummary | null>(null)
  const [deleting, setDeleting] = useState<ArticleSummary[] | null>(null)
  const toast = useToast()

  const changed = useCallback(async () => {
    setGeneration((g) => g + 1)
    await onChanged?.()
  }, [onChanged])
  const importer = useImport(() => void changed())

  const settled = useSettled(query)
  const view = useMemo(() => libraryViewOf(settled, filter, sorting), [settled, filter, sorting])
  const key = JSON.stringify(view)
  const rows = useLibraryWindow(view, first)
  const search = useSnippets(settled, generation)

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

  // the open row's index: among the rows read, else asked of the core once per view and article (then kept while
  // its page is not held, so scrolling away from it does not bring it back)
  const [known, setKnown] = useState<{ key: string; id: number; index: number | null } | null>(null)
  const loadedAt = selection.active === null ? -1 : rows.indexOf(selection.active)
  const activeIndex = loadedAt >= 0 ? loadedAt : known && known.key === key && known.id === selection.active ? (known.index ?? -1) : -1
  const { position, idsBetween } = rows
  useEffect(() => {
    const id = selection.active
    if (id === null || rows.busy) return
    if (loadedAt >= 0) {
      if (known?.key !== key || known.id !== id || known.index !== loadedAt) setKnown({ key, id, index: loadedAt })
      return
    }
    if (known?.key === key && known.id === id) return
    let live = true
    position(id).then(
      (index) => live && setKnown({ key, id, index }),
      () => {}
    )
    return () => {
      live = false
    }
  }, [key, selection.active, loadedAt, known, rows.busy, position])

  // rows that left the view (deleted, filtered out) leave the selection: the core says which are still in it
  const selectionRef = useRef(selection)
  selectionRef.current = selection
  useEffect(() => {
    const s = selectionRef.current
    const ids = [...new Set([...s.ids, ...(s.active === null ? [] : [s.active]), ...(s.anchor === null ? [] : [s.anchor])])]
    if (!ids.length) return
    let live = true
    invoke('articles.ids', { view: { ...view, ids }, offset: 0, limit: ids.length }).then(
      (kept) => live && setSelection((now) => keepVisible(now, kept)),
      () => {}
    )
    return () => {
      live = false
    }
  }, [key, generation]) // eslint-disable-line react-hooks/exhaustive-deps -- when the view or the library changes

  /** The selected rows' summaries in view order (those on screen at once, the rest from the core). */
  const chosenRows = useCallback(async (): Promise<ArticleSummary[]> => {
    const ids = [...selectionRef.current.ids].slice(0, CHOSEN_MAX)
    const held = ids.map((id) => rows.article(id))
    if (held.every(Boolean)) return (held as ArticleSummary[]).sort((a, b) => rows.indexOf(a.id) - rows.indexOf(b.id))
    const out: ArticleSummary[] = []
    for (let at = 0; at < ids.length; at += 500) {
      const page = await invoke('articles.page', { view: { ...view, ids }, offset: at, limit: 500, count: false })
      out.push(...page.rows)
      if (page.rows.length < 500) break
    }
    return out
  }, [rows, view])

  const openEdit = () => {
    if (selection.ids.size !== 1) return
    void chosenRows().then((c) => c[0] && setEditing(c[0]))
  }
  const openDelete = () => {
    if (!selection.ids.size) return
    void chosenRows().then((c) => c.length && setDeleting(c))
  }

  /** A key in the grid: moves and ranges by row index; rows not read yet are read first. */
  const onKey = (k: GridKey): boolean => {
    if (k === 'toggle') select(toggleActive(selection))
    else if (k === 'delete') openDelete()
    else if (k === 'edit') openEdit()
    else if (k === 'escape') {
      if (selection.active === null) return false
      select(only(selection.active))
    } else if (k === 'all') {
      if (rows.count) void idsBetween(0, rows.count - 1).then((ids) => select(selectAll(ids, selection.active)))
    } else void move(k.move, k.extend)
    return true
  }

  const move = async (step: Move, extend: boolean) => {
    if (!rows.count) return
    const target = targetIndex(activeIndex, rows.count, step)
    const row = await rows.rowAtLoaded(target)
    if (!row) return
    if (!extend) return select(only(row.id))
    const anchor = selection.anchor ?? selection.active
    const from = anchor === null ? target : await position(anchor)
    select(extendTo(selection, from === null ? [row.id] : await idsBetween(from, target), row.id))
  }

  const onRowClick = (index: number, id: number, mods: { shift: boolean; toggle: boolean }) => {
    if (!mods.shift || selection.anchor === null) return select(clickRow(selection, [id], id, mods))
    void (async () => {
      const from = await position(selection.anchor!)
      const order = from === null ? [id] : await idsBetween(from, index)
      select(clickRow(selection, order, id, mods))
    })()
  }

  /** The toast's Undo takes back this delete only while it is the next step to undo (else Undo would take back a later change). */
  const undoIfNext = async (label: string) => {
    const { undo } = await invoke('history.state', {})
    if (undo === label) onUndo?.()
    else toast({ kind: 'info', message: 'That delete is no longer the last change: use Undo (Ctrl+Z) to step back to it.' })
  }

  const remove = async (targets: ArticleSummary[]) => {
    const at = activeIndex
    const before = targets.filter((a) => {
      const i = rows.indexOf(a.id)
      return i >= 0 && i < at
    }).length
    const result = await invoke('articles.delete', { ids: targets.map((a) => a.id) })
    const n = result.deleted.length
    toast({
      kind: 'info',
      message: `Deleted ${plural(n, 'article')}${result.claims ? ` and ${plural(result.claims, 'claim')}` : ''}.`,
      action: onUndo ? { label: 'Undo', run: () => void undoIfNext(result.undo) } : undefined,
      durationMs: 30_000
    })
    setSelection(noSelection)
    await changed()
    // the open article went: open the row now where it was (or the last), near it
    if (selectedId !== null && result.deleted.includes(selectedId)) {
      const page = await invoke('articles.page', { view, offset: Math.max(0, at - before), limit: 1, count: true })
      const next =
        page.rows[0] ?? (page.total ? (await invoke('articles.page', { view, offset: page.total - 1, limit: 1 })).rows[0] : undefined)
      onSelect(next?.id ?? null)
    }
  }

  const searching = settled !== ''
  const total = rows.total
  const status =
    rows.error?.message ?? (searching && total !== null && !rows.busy ? `${formatCount(total)} match${total === 1 ? '' : 'es'}` : '')
  const busy = importer.view.phase === 'running'
  const narrowed = searching || !!filter.source || filter.claims !== 'all'

  return (
    <div className="library">
      <div className="library-toolbar">
        <SearchBox
          value={query}
          status={status}
          onChange={(q) => {
            setQuery(q)
            if (q.trim() && !query.trim()) setSorting([]) // rank order while searching
            if (!q.trim() && query.trim()) setSorting(defaultLibrarySort)
          }}
        />
        <div className="toolbar-row">
          <ImportButtons busy={busy} onFiles={importer.importFiles} onJob={importer.followJob} />
          <LibraryFilters ready={total !== null} generation={generation} filter={filter} onChange={setFilter} />
        </div>
      </div>
      <ImportPanel view={importer.view} onCancel={importer.cancel} onClose={importer.dismiss} onOpen={(id) => onSelect(id)} />
      <LibraryGrid
        rows={rows}
        marks={search.marks}
        onRowsInView={search.fill}
        loading={total === null}
        emptyMessage={
          searching
            ? 'No article matches this search.'
            : libraryTotal
              ? 'No article matches the filter.'
              : 'No articles yet. Import files or drop them here.'
        }
        selection={selection}
        activeIndex={activeIndex}
        onRowClick={onRowClick}
        onKey={onKey}
        sorting={sorting}
        onSortingChange={setSorting}
      />
      <div className="library-footer" role="group" aria-label="Selected articles">
        <span className="selection-count">
          {total === null || libraryTotal === null
            ? ''
            : !narrowed && total === libraryTotal
              ? plural(total, 'article')
              : `${formatCount(total)} of ${plural(libraryTotal, 'article')}`}
          {selection.ids.size ? ` · ${formatCount(selection.ids.size)} selected` : ''}
        </span>
        <button type="button" onClick={openEdit} disabled={selection.ids.size !== 1}>
          Edit…
        </button>
        <button type="button" onClick={openDelete} disabled={!selection.ids.size}>
          Delete…
        </button>
        {onCompare ? (
          <button
            type="button"
            onClick={() => void chosenRows().then((c) => c.length === 2 && onCompare(c[0]!.id, c[1]!.id))}
            disabled={selection.ids.size !== 2}
            title="Select two articles to compare them side by side"
          >
            Compare
          </button>
        ) : null}
      </div>
      {editing ? <EditArticleDialog article={editing} onSaved={() => void changed()} onClose={() => setEditing(null)} /> : null}
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
