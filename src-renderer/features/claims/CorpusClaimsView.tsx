import { useMemo, useRef, useState } from 'react'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { ClaimDetails } from './ClaimDetails.tsx'
import { ExportControl } from './ExportControl.tsx'
import { ClaimFilters, type ClaimFilterState } from './ClaimFilters.tsx'
import { ClaimsTable, type ClaimsTableHandle } from './ClaimsTable.tsx'
import { useCodedClaims } from '../codes/use-coded-claims.tsx'
import { useClaims } from './use-claims.ts'
import { useChangeCount } from '../../api/changes.ts'

interface Props {
  speakers: string[]
  onOpen: (claim: ClaimRow) => void
  filters: ClaimFilterState
  onFiltersChange: (f: ClaimFilterState) => void
}

/** Every claim in the corpus, with the same filters as an article's table (this is what export takes). */
export function CorpusClaimsView({ speakers, onOpen, filters, onFiltersChange: setFilters }: Props) {
  const store = useClaims({})
  const version = useChangeCount((c) => !!(c.everything || c.structure))
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [shown, setShown] = useState(0)
  const [hiddenColumns, setHiddenColumns] = useState<string[]>([])
  const table = useRef<ClaimsTableHandle>(null)
  const coded = useCodedClaims(store.claims, undefined, version)
  const selected = useMemo(
    () => (selectedId === null ? undefined : store.claims.find((c) => c.id === selectedId)),
    [store.claims, selectedId]
  )

  return (
    <section className="pane corpus-claims" aria-label="All claims">
      {store.error ? <ErrorNote error={store.error} onRetry={() => void store.reload()} /> : null}
      <ClaimFilters value={filters} onChange={setFilters} speakers={speakers} counts={{ shown, total: store.claims.length }}>
        {coded.filter}
        <ExportControl label="all articles" visibleIds={() => table.current?.visibleIds() ?? []} />
      </ClaimFilters>
      <ClaimsTable
        ref={table}
        claims={coded.claims}
        filters={filters}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onOpen={onOpen}
        onSave={store.update}
        withArticle
        onShownChange={setShown}
        label="Claims"
        onHiddenColumnsChange={setHiddenColumns}
      />
      {selected ? (
        <ClaimDetails key={selected.id} claim={selected} hidden={hiddenColumns} onSave={store.update} />
      ) : (
        <p className="details-hint">Double-click a claim (or press Enter) to open it in its article.</p>
      )}
    </section>
  )
}
