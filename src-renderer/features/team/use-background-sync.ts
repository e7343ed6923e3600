import { useCallback, useEffect, useRef, useState } from 'react'
import type { TeamStatus } from '../../../src-main/contract/team.ts'
import { invoke } from '../../api/client.ts'

const EVERY_MS = 60_000

/**
 * The team status, and a sync now and then while a team is joined (and when
 * asked). A sync is an ordinary async call: editing goes on while it runs, and
 * its outcome (time or error) shows in the status.
 */
export function useBackgroundSync(onPulled: () => void): {
  status: TeamStatus | undefined
  syncing: boolean
  syncNow: () => Promise<void>
  refresh: () => Promise<void>
} {
  const [status, setStatus] = useState<TeamStatus>()
  const [syncing, setSyncing] = useState(false)
  const running = useRef(false)
  const pulled = useRef(onPulled)
  pulled.current = onPulled

  const refresh = useCallback(async () => {
    setStatus(await invoke('team.status', {}))
  }, [])

  const syncNow = useCallback(async () => {
    if (running.current) return
    running.current = true
    setSyncing(true)
    try {
      const r = await invoke('team.sync', {})
      if (r.pulled > 0) pulled.current()
    } catch {
      // the error is kept in the status (lastError) and shown there
    } finally {
      running.current = false
      setSyncing(false)
      await refresh().catch(() => undefined)
    }
  }, [refresh])

  useEffect(() => {
    void refresh().catch(() => undefined)
  }, [refresh])

  const linked = status?.linked ?? false
  useEffect(() => {
    if (!linked) return
    void syncNow()
    const timer = setInterval(() => void syncNow(), EVERY_MS)
    return () => clearInterval(timer)
  }, [linked, syncNow])

  return { status, syncing, syncNow, refresh }
}
