import type { ReactNode } from 'react'
import type { ImportResult } from '../../../../src-main/contract/import.ts'
import type { ImportView } from './use-import.ts'

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`

/** "name: reason" → the reason alone (the name is shown beside it). */
const reasonOf = (r: ImportResult): string => {
  const error = r.error ?? ''
  return error.startsWith(r.path + ': ') ? error.slice(r.path.length + 2) : error
}

function ResultList({
  title,
  results,
  open,
  children
}: {
  title: string
  results: ImportResult[]
  open?: boolean
  children: (r: ImportResult) => ReactNode
}) {
  if (!results.length) return null
  return (
    <details className="import-list" open={open}>
      <summary>
        {title} ({results.length})
      </summary>
      <ul>
        {results.map((r, i) => (
          <li key={`${r.path}-${i}`}>{children(r)}</li>
        ))}
      </ul>
    </details>
  )
}

interface Props {
  view: ImportView
  onCancel: () => void
  onClose: () => void
  onOpen: (id: number) => void
}

/** Progress with Cancel while an import runs; then what happened to each file. */
export function ImportPanel({ view, onCancel, onClose, onOpen }: Props) {
  if (view.phase === 'idle') return null
  const { totals } = view
  const counts = `${totals.imported} imported, ${plural(totals.duplicates, 'duplicate')}, ${totals.rejected} rejected`

  if (view.phase === 'running') {
    return (
      <section className="import-panel" aria-label="Import">
        <h2 className="import-heading">{view.cancelling ? 'Cancelling import…' : 'Importing…'}</h2>
        <progress max={Math.max(totals.total, 1)} value={totals.done} aria-label="Import progress" />
        <p className="import-status" role="status">
          {totals.done} of {plural(totals.total, 'file')} read · {counts}
        </p>
        <div className="import-actions">
          <button type="button" onClick={onCancel} disabled={view.cancelling}>
            {view.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      </section>
    )
  }

  const fileLink = (r: ImportResult) =>
    r.id !== undefined ? (
      <button type="button" className="link-button" onClick={() => onOpen(r.id!)}>
        {r.title}
      </button>
    ) : null
  const notRead = view.cancelled ? totals.total - totals.done : 0
  return (
    <section className="import-panel" aria-label="Import summary">
      <h2 className="import-heading">{view.error ? 'Import stopped' : view.cancelled ? 'Import cancelled' : 'Import finished'}</h2>
      <p className="import-status" role="status">
        {counts}
        {notRead > 0 ? ` · ${plural(notRead, 'file')} not read` : ''}
      </p>
      {view.error ? (
        <p className="import-error" role="alert">
          {view.error}
        </p>
      ) : null}
      <div className="import-lists">
        <ResultList title="Rejected" results={view.results.filter((r) => r.status === 'rejected')} open>
          {(r) => (
            <>
              <span className="import-path">{r.path}</span> <span className="import-reason">{reasonOf(r)}</span>
            </>
          )}
        </ResultList>
        <ResultList title="Duplicates" results={view.results.filter((r) => r.status === 'duplicate')}>
          {(r) => (
            <>
              <span className="import-path">{r.path}</span> is already in the library as {fileLink(r)}
            </>
          )}
        </ResultList>
        <ResultList title="Imported" results={view.results.filter((r) => r.status === 'imported')} open={view.results.length <= 8}>
          {(r) => (
            <>
              {fileLink(r)} <span className="import-path">{r.path}</span>
              {(r.warnings ?? []).map((w) => (
                <span key={w} className="import-warning">
                  {w}
                </span>
              ))}
            </>
          )}
        </ResultList>
      </div>
      <div className="import-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}
