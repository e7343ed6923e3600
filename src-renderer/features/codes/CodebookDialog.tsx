import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { saveExport } from '../../api/save-export.ts'
import { FormError, Modal } from '../../ui/Modal.tsx'
import { useToast } from '../../ui/toasts.tsx'
import { reloadCodebook, useCodebook } from './codebook-store.ts'
import { CodeDetailsForm, type CodeActions } from './CodeDetailsForm.tsx'

/**
 * The codebook editor: the nested codes (with colour and how many claims carry
 * each) on the left, the selected code's details on the right; below, who the
 * analyst is in exported projects and the export of the whole project (.qdpx).
 */
export function CodebookDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast()
  const codebook = useCodebook()
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string>()
  const analyst = useCall('exchange.analyst', {})
  const [analystName, setAnalystName] = useState<string>()
  useEffect(() => void reloadCodebook(), []) // fresh counts each time it opens
  const selected = codebook.find((c) => c.id === selectedId) ?? codebook[0]

  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work()
      setError(undefined)
      await reloadCodebook()
      return true
    } catch (err) {
      setError((err as Error).message)
      return false
    }
  }
  const actions: CodeActions = {
    update: (id, patch) => run(() => invoke('codes.update', { id, ...patch })),
    create: (name, parentId) => run(async () => setSelectedId((await invoke('codes.create', { name, parentId })).id)),
    move: (id, parentId) => run(() => invoke('codes.move', { id, parentId })),
    merge: (sourceId, targetId) =>
      run(async () => {
        const r = await invoke('codes.merge', { sourceId, targetId })
        setSelectedId(targetId)
        toast({ kind: 'info', message: `Merged into “${r.target.name}”: ${r.claims} claim${r.claims === 1 ? '' : 's'} gained it.` })
      }),
    remove: (id) =>
      run(async () => {
        const r = await invoke('codes.delete', { id })
        setSelectedId(null)
        toast({
          kind: 'info',
          message: `Deleted ${r.codes} code${r.codes === 1 ? '' : 's'}; ${r.claims} claim${r.claims === 1 ? '' : 's'} lost ${r.codes === 1 ? 'it' : 'one'}.`
        })
      })
  }
  const addTop = (e: FormEvent) => {
    e.preventDefault()
    if (draft.trim()) void actions.create(draft.trim(), null).then((ok) => ok && setDraft(''))
  }
  const onTreeKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const at = codebook.findIndex((c) => c.id === selected?.id)
    const next = codebook[Math.max(0, Math.min(codebook.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]
    if (next) {
      setSelectedId(next.id)
      document.getElementById(`code-item-${next.id}`)?.focus()
    }
  }
  const saveAnalyst = () => {
    const name = analystName?.trim()
    if (name && name !== analyst.data?.name) void run(() => invoke('exchange.setAnalyst', { name }).then(analyst.reload))
  }
  const exportProject = async () => {
    try {
      const started = await invoke('export.start', { format: 'qdpx', selection: { query: {} } })
      const saved = await saveExport(started)
      if (saved.saved === true) toast({ kind: 'info', message: `Exported the project (${started.rows} claims) to ${saved.path}.` })
      else if (saved.saved === 'downloading') toast({ kind: 'info', message: `Downloading ${started.fileName} (${started.rows} claims).` })
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <Modal label="Codebook" onClose={onClose} wide>
      <div className="codebook">
        <header className="codebook-head">
          <h2>Codebook</h2>
          <form onSubmit={addTop} className="codebook-add">
            <input aria-label="New code" placeholder="New code…" value={draft} onChange={(e) => setDraft(e.target.value)} />
            <button type="submit">Add code</button>
          </form>
        </header>
        <FormError error={error} />
        <div className="codebook-body">
          <ul role="tree" aria-label="Codes" className="code-tree" onKeyDown={onTreeKey}>
            {codebook.map((c) => (
              <li
                key={c.id}
                id={`code-item-${c.id}`}
                role="treeitem"
                aria-level={c.depth + 1}
                aria-selected={c.id === selected?.id}
                tabIndex={c.id === selected?.id ? 0 : -1}
                className="code-tree-item"
                style={{ paddingLeft: `${0.5 + c.depth * 1.25}rem` }}
                onClick={() => setSelectedId(c.id)}
              >
                <span className="code-dot" style={c.color ? { background: c.color } : undefined} aria-hidden="true" />
                <span className="code-tree-name">{c.name}</span>
                <span className="cell-muted">{c.claims}</span>
              </li>
            ))}
            {codebook.length === 0 ? (
              <li className="cell-muted code-tree-empty">No codes yet. Add one above, or import a .qdpx project.</li>
            ) : null}
          </ul>
          {selected ? (
            <CodeDetailsForm
              key={`${selected.id}:${selected.name}:${selected.description}`}
              code={selected}
              codebook={codebook}
              actions={actions}
            />
          ) : (
            <div />
          )}
        </div>
        <footer className="codebook-foot">
          <label>
            Analyst in exported projects{' '}
            <input
              aria-label="Analyst name"
              value={analystName ?? analyst.data?.name ?? ''}
              onChange={(e) => setAnalystName(e.target.value)}
              onBlur={saveAnalyst}
            />
          </label>
          <span className="spacer" />
          <button
            type="button"
            onClick={() => void exportProject()}
            title="Every article, claim and code as a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo or QualCoder"
          >
            Export project (.qdpx)
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </footer>
      </div>
    </Modal>
  )
}
