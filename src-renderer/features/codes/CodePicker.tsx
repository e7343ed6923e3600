import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { invoke } from '../../api/client.ts'
import { FormError, Modal } from '../../ui/Modal.tsx'
import { codesOfClaim, setClaimCode, useCodesByClaim } from './claim-codes-store.ts'
import { reloadCodebook, useCodebook } from './codebook-store.ts'

/**
 * Codes for one claim, from the keyboard: type to find a code, Enter gives or
 * takes away the first one shown (or creates the typed name as a new code and
 * gives it), ↓/↑ move through the list, Space toggles, Escape closes.
 */
export function CodePicker({ claim, onClose }: { claim: { id: number; quote: string }; onClose: () => void }) {
  const codebook = useCodebook()
  useCodesByClaim() // re-render when this claim's codes change
  const has = new Set(codesOfClaim(claim.id))
  const [query, setQuery] = useState('')
  const [error, setError] = useState<string>()
  const list = useRef<HTMLUListElement>(null)
  const q = query.trim().toLowerCase()
  const shown = useMemo(() => codebook.filter((c) => !q || c.path.join(' / ').toLowerCase().includes(q)), [codebook, q])
  const exact = codebook.some((c) => c.name.toLowerCase() === q)

  const toggle = async (codeId: number) => {
    try {
      await setClaimCode([claim.id], codeId, !codesOfClaim(claim.id).includes(codeId))
      setError(undefined)
    } catch (err) {
      setError((err as Error).message)
    }
  }
  const createAndGive = async () => {
    try {
      const code = await invoke('codes.create', { name: query.trim() })
      await reloadCodebook()
      await setClaimCode([claim.id], code.id, true)
      setQuery('')
      setError(undefined)
    } catch (err) {
      setError((err as Error).message)
    }
  }
  const move = (e: KeyboardEvent, from: HTMLElement | null) => {
    const boxes = [...(list.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])]
    const at = from ? boxes.indexOf(from as HTMLInputElement) : -1
    const next = e.key === 'ArrowDown' ? boxes[at + 1] : at <= 0 ? null : boxes[at - 1]
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    if (next) next.focus()
    else if (e.key === 'ArrowUp') document.getElementById('code-picker-search')?.focus()
  }
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation()
    if (e.key === 'Escape') {
      e.preventDefault() // a search field would only clear itself
      onClose()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const target = shown.find((c) => c.name.toLowerCase() === q) ?? shown[0]
      if (target) void toggle(target.id)
      else if (q) void createAndGive()
    } else move(e, null)
  }
  const quote = claim.quote.length > 90 ? `${claim.quote.slice(0, 89)}…` : claim.quote

  return (
    <Modal label="Codes of the claim" onClose={onClose}>
      <div className="code-picker">
        <h2>Codes</h2>
        <p className="code-picker-quote">“{quote}”</p>
        <input
          id="code-picker-search"
          type="search"
          autoFocus
          aria-label="Find or create a code"
          placeholder="Find a code, or type a new one…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <FormError error={error} />
        <ul ref={list} className="code-picker-list" aria-label="Codes">
          {shown.map((c) => (
            <li key={c.id} style={{ paddingLeft: `${c.depth * 1.1}rem` }}>
              <label>
                <input
                  type="checkbox"
                  checked={has.has(c.id)}
                  onChange={() => void toggle(c.id)}
                  onKeyDown={(e) => {
                    e.stopPropagation()
                    move(e, e.currentTarget)
                  }}
                />
                <span className="code-dot" style={c.color ? { background: c.color } : undefined} aria-hidden="true" />
                {c.name}
              </label>
            </li>
          ))}
        </ul>
        {q && !exact ? (
          <button type="button" className="code-picker-create" onClick={() => void createAndGive()}>
            Create code “{query.trim()}” and give it
          </button>
        ) : null}
        {codebook.length === 0 && !q ? <p className="cell-muted">No codes yet: type a name and press Enter to create one.</p> : null}
        <footer className="code-picker-foot">
          <span className="cell-muted">Enter: give or take the first code · ↓↑ move · Space toggles</span>
          <button type="button" onClick={onClose}>
            Done
          </button>
        </footer>
      </div>
    </Modal>
  )
}
