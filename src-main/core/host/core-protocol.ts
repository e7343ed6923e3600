import type { MessagePort } from 'node:worker_threads'
import type { Envelope, WireError } from '../../contract/errors.ts'

/** How the core's thread is started: what startCore needs, as plain data (functions cannot cross threads). */
export interface CoreWorkerData {
  tsModule?: string
  dbPath: string
  transport: 'ipc' | 'http' | 'direct'
  seed?: boolean
  checkOutput?: boolean
  nativeBinding?: string
  /** the app around the core shows save dialogs (HostPorts, relayed to its thread) */
  host?: boolean
  /** sync with a team server over HTTP */
  teamRemote?: boolean
  cpuPool?: boolean
  /** an existing file's integrity check before it opens, or in the background while the app is in use (db/open.ts) */
  integrityCheck?: 'before-open' | 'background'
}

/** From the app's thread to the core's. */
export type ToCore =
  | { type: 'call'; id: number; caller: 'local' | 'page'; name: unknown; input: unknown }
  | { type: 'download.open'; id: number; exportId: string }
  /** streams the opened download `key` over `port` (chunks, each acknowledged; `abort` stops it) */
  | { type: 'download.write'; key: number; port: MessagePort }
  | { type: 'host.reply'; id: number; value: string | undefined }
  | { type: 'close' }

/** From the core's thread to the app's. */
export type FromCore =
  | { type: 'ready'; path: string }
  | { type: 'failed'; error: WireError }
  /** the background integrity check found the file damaged: every call now answers this error */
  | { type: 'damaged'; error: WireError }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  /** a result the core encoded as JSON for the page (encoded-json.ts): its buffer is transferred, not copied */
  | { type: 'encoded'; id: number; bytes: Uint8Array }
  | { type: 'download.opened'; id: number; download: { key: number; fileName: string; contentType: string } | null }
  | { type: 'host.chooseSaveFile'; id: number; suggestedName: string }
  | { type: 'host.progress'; written: number; total: number }
  | { type: 'host.finished' }
  | { type: 'closed' }

/** Over a download's port: core → app. */
export type DownloadChunk = { chunk: Uint8Array } | { done: true } | { failed: string }
/** Over a download's port: app → core. */
export type DownloadControl = { ack: true } | { abort: true }
