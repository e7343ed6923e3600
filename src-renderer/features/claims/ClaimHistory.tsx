import { memo } from 'react'
import type { ClaimRow, HistoryEntry as Entry } from '../../../src-main/contract/index.ts'
import { touchesClaim, useChanges } from '../../api/changes.ts'
import { useCall } from '../../api/use-call.ts'

const fmt = (v: unknown) => (v === null || v === '' ? '—' : String(v))
// one formatter: toLocaleString with options builds a new one per call (~1 ms each, 30 ms a retag with a long history);
// and each time formatted once: every answer holds the whole history again, one entry more than the last
const stamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const stamps = new Map<string, string>()
function when(iso: string): string {
  let text = stamps.get(iso)
  if (text === undefined) {
    if (stamps.size >= 10_000) stamps.clear()
    text = stamp.format(new Date(iso))
    stamps.set(iso, text)
  }
  return text
}

/** The entries, newest first: drawn again only when a new answer comes (not with every redraw of the claim's pane). */
const Entries = memo(function Entries({ entries }: { entries: Entry[] }) {
  return (
    <ol>
      {entries
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
  )
})

const NONE: Entry[] = []

/** What happened to the selected claim: every change, old → new, with its time. */
export function ClaimHistory({ claim }: { claim: ClaimRow }) {
  const { data, reload, replace } = useCall('claims.history', claim.id > 0 ? { claimId: claim.id } : null)
  // read again as soon as a write to this claim is answered (an edit here or elsewhere, an undo, a sync), unless
  // the save brought the history with it
  useChanges((c) => {
    if (claim.id <= 0 || !touchesClaim(c, claim.articleId, claim.id)) return
    if (c.history?.claimId === claim.id) replace(c.history.entries)
    else return reload()
  })
  return (
    <section className="claim-history" aria-label="Claim history">
      <h3>History</h3>
      <Entries entries={data ?? NONE} />
    </section>
  )
}
