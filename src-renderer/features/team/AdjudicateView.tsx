import { useState } from 'react'
import type { AdjudicationItem } from '../../../src-main/contract/team.ts'
import { confidences, type Confidence } from '../../../src-main/contract/common.ts'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { FormError } from '../../ui/Modal.tsx'
import { analystColour } from './analyst-colours.ts'

const KIND_LABEL: Record<AdjudicationItem['kind'], string> = {
  tag: 'Tags differ',
  speaker: 'Speakers differ',
  only_one: 'One analyst only',
  agreed: 'Agreed'
}

function Decision({ item, articleId, onSaved }: { item: AdjudicationItem; articleId: number; onSaved: () => void }) {
  const current = item.adjudicated
  const [confidence, setConfidence] = useState<Confidence | ''>(current?.confidence ?? item.claims[0]?.confidence ?? '')
  const [speaker, setSpeaker] = useState(current?.attributedTo ?? item.claims[0]?.attributedTo ?? '')
  const [error, setError] = useState<string>()
  const save = async (value: { confidence: Confidence | null; attributedTo: string; start?: number; end?: number }): Promise<void> => {
    setError(undefined)
    try {
      await invoke('adjudication.set', {
        articleId,
        basedOn: item.claims.map((c) => c.uid),
        start: value.start ?? item.start,
        end: value.end ?? item.end,
        confidence: value.confidence,
        attributedTo: value.attributedTo,
        note: ''
      })
      onSaved()
    } catch (err) {
      setError((err as Error).message)
    }
  }
  return (
    <div className="decision">
      {item.claims.map((c) => (
        <button
          key={c.uid}
          type="button"
          onClick={() => void save({ confidence: c.confidence, attributedTo: c.attributedTo, start: c.start, end: c.end })}
        >
          Take {c.analyst}’s
        </button>
      ))}
      <select aria-label="Adjudicated tag" value={confidence} onChange={(e) => setConfidence(e.target.value as Confidence | '')}>
        <option value="">untagged</option>
        {confidences.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <input aria-label="Adjudicated speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)} placeholder="speaker" />
      <button type="button" onClick={() => void save({ confidence: confidence || null, attributedTo: speaker })}>
        Save
      </button>
      {current ? (
        <button
          type="button"
          onClick={() => void invoke('adjudication.clear', { uid: current.uid }).then(onSaved, (err: Error) => setError(err.message))}
        >
          Clear
        </button>
      ) : null}
      <FormError error={error} />
    </div>
  )
}

/** One article's disagreements (and agreements), each with every analyst's value; the adjudicator takes one or sets another. */
export function AdjudicateView({
  articleId,
  version,
  analysts,
  onChanged
}: {
  articleId: number
  version: number
  analysts: string[]
  onChanged: () => void
}) {
  const [saved, setSaved] = useState(0)
  const items = useCall('adjudication.items', { articleId }, `${version}-${saved}`)
  if (items.error) return <ErrorNote error={items.error} onRetry={items.reload} />
  if (!items.data) return <p aria-busy="true">Loading…</p>
  if (items.data.length === 0) return <p className="team-empty">No one has marked claims in this article yet.</p>
  const open = items.data.filter((i) => i.kind !== 'agreed' && !i.adjudicated).length
  return (
    <div className="adjudicate">
      <p className="team-summary" aria-live="polite">
        {open} disagreement{open === 1 ? '' : 's'} left to settle of {items.data.length} span{items.data.length === 1 ? '' : 's'}.
      </p>
      <table className="adjudicate-grid" aria-label="Disagreements">
        <thead>
          <tr>
            <th scope="col">Span</th>
            <th scope="col">Kind</th>
            <th scope="col">Analysts</th>
            <th scope="col">Adjudicated</th>
            <th scope="col">Decide</th>
          </tr>
        </thead>
        <tbody>
          {items.data.map((item) => (
            <tr key={item.key} data-kind={item.kind}>
              <td className="adjudicate-quote">“{item.quote}”</td>
              <td>
                <span className={`kind kind-${item.kind}`}>{KIND_LABEL[item.kind]}</span>
              </td>
              <td>
                <ul className="analyst-values">
                  {item.claims.map((c) => (
                    <li key={c.uid} style={{ borderColor: analystColour(analysts, c.analyst) }}>
                      <strong>{c.analyst}</strong>: {c.confidence ?? 'untagged'}
                      {c.attributedTo ? ` · ${c.attributedTo}` : ''}
                    </li>
                  ))}
                </ul>
              </td>
              <td aria-label="Adjudicated value">
                {item.adjudicated
                  ? `${item.adjudicated.confidence ?? 'untagged'}${item.adjudicated.attributedTo ? ` · ${item.adjudicated.attributedTo}` : ''}`
                  : '—'}
              </td>
              <td>
                <Decision
                  key={item.adjudicated?.uid ?? 'none'}
                  item={item}
                  articleId={articleId}
                  onSaved={() => {
                    setSaved((n) => n + 1)
                    onChanged()
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
