import { useMemo, useState } from 'react'
import type { TeamClaimRow } from '../../../../src-main/contract/team.ts'
import { invoke } from '../../../api/client.ts'
import { useCall } from '../../../api/use-call.ts'
import { ErrorNote } from '../../../ui/ErrorNote.tsx'
import { analystColour, analystSlot } from '../analyst-colours.ts'
import { useLayerHighlights, type LayerMark } from './use-layer-highlights.ts'
import { useHiddenAnalysts } from './use-hidden-analysts.ts'
import './team-layer.css'

interface Props {
  articleId: number | null
  /** Bumped after a pull, undo/redo: re-read the layer. */
  version: number
  /** The reader's text element, to draw over (null while no article is open). */
  readerBody: HTMLElement | null
}

const tagText = (c: TeamClaimRow): string => c.confidence ?? 'untagged'

/** Shows where a claim is: its paragraph scrolled into view in the reader. */
function reveal(root: HTMLElement | null, start: number): void {
  const paras = [...(root?.querySelectorAll<HTMLElement>('[data-start]') ?? [])]
  const para = paras.filter((p) => Number(p.dataset.start) <= start).at(-1)
  para?.scrollIntoView({ block: 'center', behavior: 'auto' })
}

/**
 * In team mode, the other analysts' claims on the open article, read-only: drawn
 * over the reader's text in each analyst's colour (switchable per analyst) and
 * listed below the claims table. Blind mode is the server's: until this analyst
 * marks the article done, nothing of the others arrives, and the layer says so.
 */
export function TeamReaderLayer({ articleId, version, readerBody }: Props) {
  const status = useCall('team.status', {}, version)
  const linked = status.data?.linked === true
  const others = useCall('team.claims', linked && articleId !== null ? { articleId, layer: 'analyst' } : null, version)
  const { hidden, toggle } = useHiddenAnalysts()
  const [open, setOpen] = useState(() => localStorage.getItem('workbench.team.list') !== 'closed')
  const [done, setDone] = useState<{ id: number; note: string } | null>(null)
  const me = status.data?.analyst ?? ''
  const analysts = status.data?.analysts
  const team = useMemo(() => analysts ?? [], [analysts])
  const claims = useMemo(() => (others.data ?? []).filter((c) => c.analyst !== me), [others.data, me])
  const names = useMemo(() => [...new Set([...team.filter((a) => a !== me), ...claims.map((c) => c.analyst)])], [team, claims, me])
  const shown = useMemo(() => claims.filter((c) => !hidden.has(c.analyst)), [claims, hidden])
  const marks = useMemo<LayerMark[]>(
    () => shown.map((c) => ({ slot: analystSlot(team, c.analyst), start: c.start, end: c.end })),
    [shown, team]
  )
  useLayerHighlights(linked ? readerBody : null, marks)

  if (!linked || articleId === null) return null
  if (others.error) return <ErrorNote error={others.error} onRetry={others.reload} />
  const blindHint = status.data?.blind && claims.length === 0
  const withNotes = shown.some((c) => c.note !== '')
  return (
    <section className="team-layer" aria-label="Team layer">
      <div className="team-layer-bar">
        <fieldset className="analyst-toggles" aria-label="Others shown in the text">
          <legend>Others</legend>
          {names.length === 0 ? <span className="team-layer-none">no one else on the team yet</span> : null}
          {names.map((a) => (
            <label key={a} className="analyst-chip" style={{ borderColor: analystColour(team, a) }}>
              <input type="checkbox" checked={!hidden.has(a)} onChange={() => toggle(a)} />
              <span className="analyst-swatch" style={{ background: analystColour(team, a) }} aria-hidden="true" />
              {a} · {claims.filter((c) => c.analyst === a).length}
            </label>
          ))}
        </fieldset>
        {blindHint ? (
          <p className="team-layer-blind" role="note">
            Blind mode: others’ claims on this article show once you mark it done and sync.{' '}
            <button
              type="button"
              onClick={() =>
                void invoke('team.done', { articleId }).then(
                  () => setDone({ id: articleId, note: 'Marked done; they come with the next sync.' }),
                  (err: Error) => setDone({ id: articleId, note: err.message })
                )
              }
            >
              Mark article done
            </button>
            {done?.id === articleId ? <span role="status"> {done.note}</span> : null}
          </p>
        ) : null}
      </div>
      {claims.length > 0 ? (
        <details
          className="team-layer-list"
          open={open}
          onToggle={(e) => {
            const next = e.currentTarget.open
            setOpen(next)
            localStorage.setItem('workbench.team.list', next ? 'open' : 'closed')
          }}
        >
          <summary>
            Others’ claims on this article: {shown.length}
            {shown.length < claims.length ? ` of ${claims.length}` : ''} (read-only)
          </summary>
          <div className="team-layer-scroll">
            <table aria-label="Others’ claims" aria-readonly="true">
              <thead>
                <tr>
                  <th scope="col">Analyst</th>
                  <th scope="col">Quote</th>
                  <th scope="col">Tag</th>
                  <th scope="col">Speaker</th>
                  {withNotes ? <th scope="col">Note</th> : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={c.uid}>
                    <td>
                      <span className="analyst-swatch" style={{ background: analystColour(team, c.analyst) }} aria-hidden="true" />
                      {c.analyst}
                    </td>
                    <td className="team-layer-quote">
                      <button type="button" title="Show in the text" onClick={() => reveal(readerBody, c.start)}>
                        {c.quote}
                      </button>
                    </td>
                    <td>{tagText(c)}</td>
                    <td>{c.attributedTo}</td>
                    {withNotes ? <td>{c.note}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  )
}
