import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { useCall } from '../../api/use-call.ts'

const fmt = (v: unknown) => (v === null || v === '' ? '—' : String(v))
// one formatter: toLocaleString with options builds a new one per call (~1 ms each, 30 ms a retag with a long history)
const stamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (iso: string) => stamp.format(new Date(iso))

/** What happened to the selected claim: every change, old → new, with its time. */
export function ClaimHistory({ claim }: { claim: ClaimRow }) {
  const { data } = useCall('claims.history', claim.id > 0 ? { claimId: claim.id } : null, claim.updatedAt)
  return (
    <section className="claim-history" aria-label="Claim history">
      <h3>History</h3>
      <ol>
        {(data ?? [])
          .slice()
          .reverse()
          .map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{when(e.at)}</time> {e.cause !== 'edit' ? <span className="history-cause">{e.cause}:</span> : null}{' '}
              {e.kind === 'create' ? 'created' : e.kind === 'delete' ? 'deleted' : null}
              {e.kind === 'update' || e.cause !== 'edit'
                ? e.changes.map((c) => (
                    <span key={c.field} className="history-change">
                      {' '}
                      {c.field} <span className="old">{fmt(c.before)}</span> → <span className="new">{fmt(c.after)}</span>
                    </span>
                  ))
                : null}
            </li>
          ))}
      </ol>
    </section>
  )
}
