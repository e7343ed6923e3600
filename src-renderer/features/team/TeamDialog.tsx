import { useState } from 'react'
import type { TeamStatus } from '../../../src-main/contract/team.ts'
import { invoke } from '../../api/client.ts'
import { FormError, Modal } from '../../ui/Modal.tsx'
import { formatSyncTime } from './sync-time.ts'

/** Join a team (URL, name, token), or see the link: last sync, pending changes, the last error; sync now. */
export function TeamDialog({
  status,
  syncing,
  onSync,
  onJoined,
  onClose
}: {
  status: TeamStatus | undefined
  syncing: boolean
  onSync: () => void
  onJoined: () => void
  onClose: () => void
}) {
  const [url, setUrl] = useState('')
  const [analyst, setAnalyst] = useState('')
  const [token, setToken] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const join = async (): Promise<void> => {
    setBusy(true)
    setError(undefined)
    try {
      await invoke('team.join', { url: url.trim(), analyst: analyst.trim(), token: token.trim() })
      onJoined()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal label="Team" onClose={onClose}>
      <h2>Team</h2>
      {status?.linked ? (
        <dl className="team-facts">
          <dt>Server</dt>
          <dd>{status.url}</dd>
          <dt>You are</dt>
          <dd>{status.analyst}</dd>
          <dt>Analysts</dt>
          <dd>{status.analysts.join(', ') || '—'}</dd>
          <dt>Blind mode</dt>
          <dd>{status.blind ? 'on: others’ judgments on an article show once you mark it done' : 'off'}</dd>
          <dt>Last sync</dt>
          <dd aria-label="Last sync">{syncing ? 'syncing…' : formatSyncTime(status.lastSyncAt)}</dd>
          <dt>Waiting to push</dt>
          <dd>{status.pending}</dd>
          {status.lastError ? (
            <>
              <dt>Last error</dt>
              <dd className="form-error" role="alert">
                {status.lastError}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <form
          className="team-join"
          onSubmit={(e) => {
            e.preventDefault()
            void join()
          }}
        >
          <p>Join a team server: your judgments stay on this laptop and sync when the server can be reached.</p>
          <label>
            Team server URL
            <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://127.0.0.1:7080" required />
          </label>
          <label>
            Your analyst name
            <input value={analyst} onChange={(e) => setAnalyst(e.target.value)} required />
          </label>
          <label>
            Token
            <input value={token} onChange={(e) => setToken(e.target.value)} type="password" autoComplete="off" required />
          </label>
          <FormError error={error} />
          <button type="submit" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </form>
      )}
      <div className="modal-actions">
        {status?.linked ? (
          <button type="button" onClick={onSync} disabled={syncing}>
            {syncing ? 'Syncing…' : 'Sync now'}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  )
}
