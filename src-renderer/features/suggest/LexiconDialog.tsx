import { useEffect, useMemo, useState, type FormEvent } from 'react'
import type { CuePhrase } from '../../../src-main/contract/suggest.ts'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { FormError, Modal } from '../../ui/Modal.tsx'
import { confidences } from '../claims/vocabulary.ts'

const HEADINGS: Record<CuePhrase['confidence'], string> = { evidence: 'Evidence', assess: 'Assess', 'do not yet know': 'Do not yet know' }

/**
 * The cue lexicon the suggester works from: built-in phrases can be switched
 * off, the analyst's own added or removed, per tag. Changes apply to the next
 * suggestions at once.
 */
export function LexiconDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const [revision, setRevision] = useState(0)
  const { data } = useCall('lexicon.list', {}, revision)
  const [filter, setFilter] = useState('')
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [error, setError] = useState<string>()
  /** switches shown at once, before the saved list comes back */
  const [switched, setSwitched] = useState<Record<number, boolean>>({})
  const toggle = (id: number, enabled: boolean) => {
    setSwitched((s) => ({ ...s, [id]: enabled }))
    void run(invoke('lexicon.setEnabled', { id, enabled }))
  }
  useEffect(() => setSwitched({}), [data]) // the saved list has caught up

  const changed = () => {
    setRevision((r) => r + 1)
    onChanged()
  }
  const run = async (work: Promise<unknown>) => {
    try {
      await work
      setError(undefined)
      changed()
    } catch (err) {
      setError((err as Error).message)
    }
  }
  const add = (confidence: CuePhrase['confidence']) => (e: FormEvent) => {
    e.preventDefault()
    const phrase = (drafts[confidence] ?? '').trim()
    if (!phrase) return
    void run(invoke('lexicon.add', { confidence, phrase }).then(() => setDrafts((d) => ({ ...d, [confidence]: '' }))))
  }

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase()
    return (data ?? []).filter((c) => !f || c.phrase.toLowerCase().includes(f))
  }, [data, filter])

  return (
    <Modal label="Cue lexicon" onClose={onClose} wide>
      <div className="lexicon">
        <header className="lexicon-head">
          <h2>Cue lexicon</h2>
          <input
            type="search"
            aria-label="Find a phrase"
            placeholder="Find a phrase…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </header>
        <p className="lexicon-help">
          Phrases that make the suggester tag a sentence. They match whole words in any inflection; <code>(a|b)</code> gives alternatives
          and <code>[word]</code> an optional word.
        </p>
        <FormError error={error} />
        <div className="lexicon-columns">
          {confidences.map((tag) => (
            <section
              key={tag}
              aria-label={`${HEADINGS[tag]} cues`}
              className={`lexicon-column lexicon-${tag === 'do not yet know' ? 'unknown' : tag}`}
            >
              <h3>{HEADINGS[tag]}</h3>
              <form onSubmit={add(tag)} className="lexicon-add">
                <input
                  aria-label={`New ${HEADINGS[tag].toLowerCase()} phrase`}
                  placeholder="Add a phrase…"
                  value={drafts[tag] ?? ''}
                  onChange={(e) => setDrafts((d) => ({ ...d, [tag]: e.target.value }))}
                />
                <button type="submit">Add</button>
              </form>
              <ul>
                {shown
                  .filter((c) => c.confidence === tag)
                  .map((c) => (
                    <li key={c.id} className={(switched[c.id] ?? c.enabled) ? '' : 'off'}>
                      <label>
                        <input type="checkbox" checked={switched[c.id] ?? c.enabled} onChange={(e) => toggle(c.id, e.target.checked)} />
                        <span>{c.phrase}</span>
                      </label>
                      {c.builtin ? null : (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Remove ${c.phrase}`}
                          onClick={() => void run(invoke('lexicon.remove', { id: c.id }))}
                        >
                          remove
                        </button>
                      )}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
        <footer className="lexicon-foot">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </footer>
      </div>
    </Modal>
  )
}
