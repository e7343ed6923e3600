import type { Envelope } from '../contract/errors.ts'
import type { Dispatch } from '../core/dispatch.ts'
import { decoded } from '../core/host/encoded-json.ts'

/** The part of Electron's IpcMainInvokeEvent this adapter reads (kept structural so no electron import is needed). */
export interface InvokeEvent {
  senderFrame: { url: string } | null
}

/**
 * The IPC transport: verifies that the call comes from the app's own page, then
 * hands it to the same dispatcher the HTTP bridge uses.
 */
export function createIpcHandler(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean) {
  return async (event: InvokeEvent, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const url = event.senderFrame?.url ?? ''
    if (!isTrustedUrl(url)) {
      return {
        ok: false,
        error: { code: 'unauthorized', message: `Refused a call from an untrusted page (${url.slice(0, 100) || 'unknown'}).` }
      }
    }
    const result = await dispatch(name, input)
    return result.ok ? { ok: true, value: decoded(result.value) } : result // Electron copies objects to the page itself
  }
}
