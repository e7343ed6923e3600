import { useMemo, useState } from 'react'
import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { analystColour } from './analyst-colours.ts'

interface Mark {
  analyst: string
  start: number
  end: number
  label: string
}

/** Cuts the text where any shown mark starts or ends, so each piece knows which analysts marked it. */
function pieces(body: string, marks: Mark[]): { text: string; by: Mark[] }[] {
  const cuts = new Set([0, body.length])
  for (const m of marks) cuts.add(m.start).add(m.end)
  const points = [...cuts].sort((a, b) => a - b)
  return points
    .slice(0, -1)
    .map((p, i) => ({ text: body.slice(p, points[i + 1]), by: marks.filter((m) => m.start <= p && m.end >= points[i + 1]!) }))
}

/** A blank line between paragraphs, as the reader sets them apart (display only: the marks are placed by body offsets). */
const spaced = (text: string): string => text.replace(/\n/g, '\n\n')

/**
 * One article with every analyst's claims on it, coloured by analyst, each analyst switchable; read-only (yours are edited in Read &
 * annotate).
 */
export function OthersClaims({ articleId, version, analysts, me }: { articleId: number; version: number; analysts: string[]; me: string }) {
  const article = useCall('articles.get', { id: articleId }, version)
  const others = useCall('team.claims', { articleId, layer: 'analyst' }, version)
  const mine = useCall('claims.list', { articleId }, version)
  const [hidden, setHidden] = useState<Set<string>>(new Set())
  const marks = useMemo<Mark[]>(() => {
    const label = (a: string, c: { confidence: string | null; attributedTo: string }) =>
      `${a}: ${c.confidence ?? 'untagged'}${c.attributedTo ? `, ${c.attributedTo}` : ''}`
    return [
      ...(mine.data ?? []).map((c) => ({ analyst: me, start: c.start, end: c.end, label: label(me, c) })),
      ...(others.data ?? [])
        .filter((c) => c.analyst !== me)
        .map((c) => ({ analyst: c.analyst, start: c.start, end: c.end, label: label(c.analyst, c) }))
    ]
  }, [mine.data, others.data, me])
  const error = article.error ?? others.error ?? mine.error
  if (error) return <ErrorNote error={error} />
  const names = [...new Set([me, ...analysts, ...marks.map((m) => m.analyst)])].filter(Boolean)
  const shown = marks.filter((m) => !hidden.has(m.analyst))
  const body = article.data?.body ?? ''
  return (
    <div className="others-claims">
      <fieldset className="analyst-toggles" aria-label="Analysts shown">
        <legend>Show</legend>
        {names.map((a) => (
          <label key={a} className="analyst-chip" style={{ borderColor: analystColour(analysts, a) }}>
            <input
              type="checkbox"
              checked={!hidden.has(a)}
              onChange={() =>
                setHidden((h) => {
                  const next = new Set(h)
                  if (next.has(a)) next.delete(a)
                  else next.add(a)
                  return next
                })
              }
            />
            {a === me ? `${a} (you)` : a} · {marks.filter((m) => m.analyst === a).length}
          </label>
        ))}
      </fieldset>
      <article className="team-text" aria-label="Claims by analyst" aria-readonly="true">
        {pieces(body, shown).map((p, i) =>
          p.by.length === 0 ? (
            <span key={i}>{spaced(p.text)}</span>
          ) : (
            <mark
              key={i}
              title={p.by.map((m) => m.label).join('\n')}
              data-analysts={p.by.map((m) => m.analyst).join(' ')}
              style={{ boxShadow: p.by.map((m, k) => `inset 0 -${2 + 3 * k}px 0 ${analystColour(analysts, m.analyst)}`).join(', ') }}
            >
              {spaced(p.text)}
            </mark>
          )
        )}
      </article>
    </div>
  )
}
