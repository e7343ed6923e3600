import type { IntegrityGate } from './db/integrity-gate.ts'
import type { Dispatch } from './dispatch.ts'
import { toWorkbenchError } from './db/sqlite-errors.ts'

/**
 * The dispatcher while the file's integrity check runs in the background (db/integrity-gate.ts). Every call runs at
 * once; a write transaction waits for the check by itself. A call that wrote outside one was refused by the query-only
 * connection before anything changed, so it runs again once the file has passed. Once the check has found the file
 * damaged, every call gets that error (it names the file and says how to restore it).
 */
export function holdForCheck(integrity: IntegrityGate, dispatch: Dispatch): Dispatch {
  return async (name, input) => {
    if (integrity.state === 'damaged') return { ok: false, error: integrity.error!.toWire() }
    const checking = integrity.state === 'checking'
    const answer = await dispatch(name, input)
    if (!checking || answer.ok || answer.error.code !== 'read_only') return answer
    try {
      await integrity.passed
    } catch (err) {
      return { ok: false, error: toWorkbenchError(err).toWire() }
    }
    return dispatch(name, input)
  }
}
