import { useState, type FormEvent } from 'react'
import type { CodeRow } from '../../../src-main/contract/codes.ts'
import { withDescendants } from './codebook-store.ts'

export interface CodeActions {
  update(id: number, patch: { name?: string; color?: string | null; description?: string }): Promise<boolean>
  create(name: string, parentId: number | null): Promise<boolean>
  move(id: number, parentId: number | null): Promise<boolean>
  merge(sourceId: number, targetId: number): Promise<boolean>
  remove(id: number): Promise<boolean>
}

/** The selected code in the codebook editor: name, colour, description, sub-codes, moving, merging and deleting. */
export function CodeDetailsForm({ code, codebook, actions }: { code: CodeRow; codebook: readonly CodeRow[]; actions: CodeActions }) {
  const [name, setName] = useState(code.name)
  const [description, setDescription] = useState(code.description)
  const [child, setChild] = useState('')
  const [mergeTarget, setMergeTarget] = useState('')
  const [confirming, setConfirming] = useState(false)
  const subtree = withDescendants(codebook, code.id)
  const others = codebook.filter((c) => !subtree.has(c.id))
  const subCodes = subtree.size - 1
  const label = (c: CodeRow) => c.path.join(' / ')

  const rename = (e?: FormEvent) => {
    e?.preventDefault()
    if (name.trim() && name.trim() !== code.name) void actions.update(code.id, { name: name.trim() }).then((ok) => ok || setName(code.name))
  }
  const addChild = (e: FormEvent) => {
    e.preventDefault()
    if (child.trim()) void actions.create(child.trim(), code.id).then((ok) => ok && setChild(''))
  }

  return (
    <section className="code-form" aria-label={`Code ${code.name}`}>
      <form onSubmit={rename} className="code-form-row">
        <label htmlFor="code-name">Name</label>
        <input id="code-name" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => rename()} />
      </form>
      <div className="code-form-row">
        <label htmlFor="code-color">Colour</label>
        <input
          id="code-color"
          type="color"
          value={code.color ?? '#8a8f98'}
          onChange={(e) => void actions.update(code.id, { color: e.target.value })}
        />
        {code.color ? (
          <button type="button" className="link-button" onClick={() => void actions.update(code.id, { color: null })}>
            no colour
          </button>
        ) : null}
      </div>
      <div className="code-form-row code-form-stack">
        <label htmlFor="code-description">Description</label>
        <textarea
          id="code-description"
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => description !== code.description && void actions.update(code.id, { description })}
        />
      </div>
      <form onSubmit={addChild} className="code-form-row">
        <label htmlFor="code-child">Sub-code</label>
        <input id="code-child" placeholder="New sub-code…" value={child} onChange={(e) => setChild(e.target.value)} />
        <button type="submit">Add</button>
      </form>
      <div className="code-form-row">
        <label htmlFor="code-move">Under</label>
        <select
          id="code-move"
          value={code.parentId ?? ''}
          onChange={(e) => void actions.move(code.id, e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">(top level)</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="code-form-row">
        <label htmlFor="code-merge">Merge into</label>
        <select id="code-merge" value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
          <option value="">choose a code…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {label(c)}
            </option>
          ))}
        </select>
        <button type="button" disabled={!mergeTarget} onClick={() => void actions.merge(code.id, Number(mergeTarget))}>
          Merge
        </button>
      </div>
      <div className="code-form-row">
        {confirming ? (
          <span role="alert" className="code-confirm">
            Delete “{code.name}”{subCodes ? ` and its ${subCodes} sub-code${subCodes === 1 ? '' : 's'}` : ''}? The claims keep everything
            else.
            <button type="button" className="danger" onClick={() => void actions.remove(code.id)}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete code…
          </button>
        )}
      </div>
    </section>
  )
}
