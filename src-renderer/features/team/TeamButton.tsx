import { useState } from 'react'
import { TeamDialog } from './TeamDialog.tsx'
import { formatSyncTime } from './sync-time.ts'
import { useBackgroundSync } from './use-background-sync.ts'

/** The app bar's Team button: shows the link and its last sync or error, opens the Team dialog, keeps syncing in the background. */
export function TeamButton({ onPulled }: { onPulled: () => void }) {
  const { status, syncing, syncNow, refresh } = useBackgroundSync(onPulled)
  const [open, setOpen] = useState(false)
  const label = !status?.linked
    ? 'Team…'
    : syncing
      ? `${status.analyst} · syncing…`
      : status.lastError
        ? `${status.analyst} · sync failed`
        : `${status.analyst} · ${formatSyncTime(status.lastSyncAt)}`
  return (
    <>
      <button
        type="button"
        className={`team-button${status?.lastError ? ' team-error' : ''}`}
        onClick={() => setOpen(true)}
        aria-label="Team sync"
        title={status?.lastError ?? 'Team sync'}
      >
        {label}
      </button>
      {open ? (
        <TeamDialog
          status={status}
          syncing={syncing}
          onSync={() => void syncNow()}
          onJoined={() => void refresh().then(syncNow)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  )
}
