import { useCallback, useMemo, useRef, useState } from 'react'
import type { ColumnDef, SortingState } from '@tanstack/react-table'
import { claimSortColumns, type ClaimFields, type ClaimRow, type ClaimView } from '../../../src-main/contract/index.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { ClaimDetails } from './ClaimDetails.tsx'
import { ExportControl } from './ExportControl.tsx'
import { ClaimFilters, speakerForms, type ClaimFilterState, type Speaker } from './ClaimFilters.tsx'
import { ClaimsGrid, columnId } from './ClaimsGrid.tsx'
import { claimColumns } from './columns.tsx'
import { isGroup } from './claim-rows.ts'
import { useClaimCodes, useCodeFilter } from '../codes/use-coded-claims.tsx'
import type { CodeFilterValue } from '../codes/coded-claims.ts'
import { useClaimWindow } from './use-claim-window.ts'
import type { LocalClaim } from './use-claims.ts'
import { useChangeCount } from '../../api/changes.ts'
import { useCall } from '../../api/use-call.ts'

interface Props {
  speakers: Speaker[]
  onOpen: (claim: ClaimRow) => void
  filters: ClaimFilterState
  onFiltersChange: (f: ClaimFilterState) => void
}

const SORTABLE = new Set<string>(claimSortColumns)
/** every claim's codes: no ids to name (a constant: a new object each render would read the codes each render) */
const EVERY_CLAIM = { current: [] as readonly number[] }

/** The claim view (contract/claim-page.ts) the filters, the code filter and the sort ask for. */
function viewOf(filters: ClaimFilterState, speakers: Speaker[], codes: CodeFilterValue, sorting: SortingState): ClaimView {
  const view: ClaimView = {}
  if (filters.text.trim()) view.text = filters.text
  if (filters.confidence.length) view.confidence = filters.confidence
  if (filters.speaker) view.speakers = speakerForms(filters.speaker, speakers)
  if (codes.kind === 'none') view.codes = { kind: 'none' }
  else if (codes.kind === 'code') view.codes = { kind: 'any', ids: [...codes.ids] }
  const sort = sorting.filter((s) => SORTABLE.has(s.id)).map((s) => ({ column: s.id as ClaimView['sort'] & string, desc: s.desc }))
  if (sort.length) view.sort = sort as ClaimView['sort']
  if (filters.groupBy !== 'none') view.groupBy = filters.groupBy
  // grouped by speaker: a person with several stored forms is one group
  if (filters.groupBy === 'attributedTo') {
    const people = speakers.filter((s) => s.variants.length > 1).map((s) => ({ name: s.name, forms: s.variants.slice(0, 50) }))
    if (people.length) view.people = people.slice(0, 2000)
  }
  return view
}

/**
 * Every claim in the corpus, with the same filters as an article's table, read from the core a window at a time
 * (use-claim-window.ts): filtering, sorting and grouping happen in SQL, the renderer holds the rows around the
 * screen. Rows are light (plain text, an editor only in the active cell). Export writes the view in the core.
 */
export function CorpusClaimsView({ speakers, onOpen, filters, onFiltersChange: setFilters }: Props) {
  const version = useChangeCount((c) => !!(c.everything || c.structure))
  useClaimCodes(undefined, EVERY_CLAIM, version)
  const codeFilter = useCodeFilter<LocalClaim>()
  const [sorting, setSorting] = useState<SortingState>([])
  const view = useMemo(() => viewOf(filters, speakers, codeFilter.value, sorting), [filters, speakers, codeFilter.value, sorting])
  const store = useClaimWindow(view)
  const [selected, setSelected] = useState<{ id: number; index: number; row: LocalClaim } | null>(null)
  const [hiddenColumns, setHiddenColumns] = useState<string[]>([])

  // the columns (and so every row) stay the same while pages come and go: saving goes through a ref
  const save = useRef(store.update)
  save.current = store.update
  const onSave = useCallback((id: number, patch: Partial<ClaimFields>) => void save.current(id, patch), [])
  const columns = useMemo(
    () =>
      (claimColumns(onSave, { withArticle: true }) as ColumnDef<ClaimRow, unknown>[]).map((c) =>
        SORTABLE.has(columnId(c)) ? c : { ...c, enableSorting: false }
      ),
    [onSave]
  )
  const { coded } = codeFilter
  const { itemAt: readAt } = store
  const itemAt = useCallback(
    (i: number) => {
      const item = readAt(i)
      return item === undefined || isGroup(item) ? item : coded([item])[0]
    },
    [readAt, coded]
  )

  // the selection is a claim: it stays when the rows are read again, and its details show its latest row
  const selectedRow = selected ? (store.claim(selected.id) ?? selected.row) : undefined
  const found = selected ? store.indexOf(selected.id) : -1
  const selectedIndex = found >= 0 ? found : (selected?.index ?? -1)
  const { claim } = store
  const select = useCallback(
    (id: number, index: number) => {
      const item = readAt(index)
      const row = item && !isGroup(item) && item.id === id ? item : claim(id)
      if (row) setSelected({ id, index, row })
    },
    [readAt, claim]
  )

  const total = store.total
  // every claim, for "N of M claims" (an index count: cheap at a million)
  const claimsVersion = useChangeCount((c) => !!(c.everything || c.structure || c.articles?.length))
  const everything = useCall('claims.count', { view: {} }, claimsVersion).data?.total ?? null
  // the filter bar (its speakers select holds every person) is drawn again only when it changes, not with each page read
  const shown = total === null || everything === null ? null : total
  const all = everything === null ? null : Math.max(total ?? 0, everything)
  const codeControl = codeFilter.control
  const filterBar = useMemo(
    () => (
      <ClaimFilters
        value={filters}
        onChange={setFilters}
        speakers={speakers}
        counts={shown === null || all === null ? null : { shown, total: all }}
      >
        {codeControl}
        <ExportControl label="all articles" selection={() => ({ view })} />
      </ClaimFilters>
    ),
    [filters, setFilters, speakers, shown, all, codeControl, view]
  )

  return (
    <section className="pane corpus-claims" aria-label="All claims">
      {store.error ? <ErrorNote error={store.error} onRetry={store.reload} /> : null}
      {filterBar}
      <ClaimsGrid
        columns={columns}
        sorting={sorting}
        onSortingChange={setSorting}
        count={store.count}
        itemAt={itemAt}
        version={store.version}
        selectedId={selected?.id ?? null}
        selectedIndex={selectedIndex}
        onSelect={select}
        onOpen={onOpen}
        label="Claims"
        light
        onRangeChange={store.setRange}
        onHiddenColumnsChange={setHiddenColumns}
        rowCount={total === null ? null : store.count}
        busy={store.busy}
        empty={
          Object.keys(view).length === 0
            ? 'No claims yet: open an article, select text and press 1, 2 or 3.'
            : 'No claims match the filters.'
        }
      />
      {selectedRow ? (
        <ClaimDetails key={selectedRow.id} claim={selectedRow} hidden={hiddenColumns} onSave={onSave} />
      ) : (
        <p className="details-hint">Double-click a claim (or press Enter) to open it in its article.</p>
      )}
    </section>
  )
}
