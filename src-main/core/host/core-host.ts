import { MessageChannel, Worker } from 'node:worker_threads'
import type { Writable } from 'node:stream'
import { WorkbenchError, type Envelope } from '../../contract/errors.ts'
import type { HostPorts } from '../context.ts'
import type { Dispatch } from '../dispatch.ts'
import type { Download } from '../export/export-jobs.ts'
import type { CoreWorkerData, DownloadChunk, DownloadControl, FromCore, ToCore } from './core-protocol.ts'
import { decoded, EncodedJson } from './encoded-json.ts'
import { workerModule, type WorkerModule } from './worker-module.ts'

/** The core as the app's thread sees it when the core runs on a thread of its own. */
export interface CoreClient {
  /** the database file */
  path: string
  /** for code in this process (the CLI, the desktop shell's menus and dialogs) */
  dispatch: Dispatch
  /** for the app's page, over IPC or HTTP */
  pageDispatch: Dispatch
  /** a prepared export to stream (the HTTP bridge's downloads) */
  download(exportId: string): Promise<Download | undefined>
  /** closes the database cleanly (WAL checkpoint) and ends the core's thread */
  close(): Promise<void>
  /** ends the core's thread abruptly, as a crash would (tests); the next call starts it again */
  kill(): Promise<void>
}

export interface CoreWorkerOptions extends Omit<CoreWorkerData, 'tsModule' | 'dbPath' | 'host'> {
  host?: HostPorts
  /** the background integrity check found the file damaged (integrityCheck 'background'); calls answer the error from now on */
  onDamaged?: (error: WorkbenchError) => void
  module?: WorkerModule
}

interface Thread {
  worker: Worker
  ready: Promise<void>
}

const crashed = (why: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'worker_failed', message: `The core stopped unexpectedly (${why}) and was restarted; try again.` }
})

/**
 * Starts the core on a worker thread and relays calls to it; this thread runs no SQL. A call's answer is the
 * core's envelope as it is. If the core's thread dies, every call waiting on it gets `worker_failed` and the
 * next call starts a new thread on the same database. Resolves once the database is open (or rejects with
 * the reason it cannot be: newer, damaged, locked…).
 */
export async function startCoreWorker(dbPath: string, options: CoreWorkerOptions): Promise<CoreClient> {
  const { host, onDamaged, module = workerModule('core-worker'), ...rest } = options
  const data: CoreWorkerData = { ...rest, dbPath, host: host !== undefined, tsModule: module.workerData.tsModule }
  const pending = new Map<number, (m: FromCore) => void>()
  let nextId = 0
  let closing = false
  let thread: Thread | undefined
  let path = dbPath

  const onMessage = (worker: Worker, m: FromCore): void => {
    if (m.type === 'result' || m.type === 'encoded' || m.type === 'download.opened') {
      pending.get(m.id)?.(m)
      pending.delete(m.id)
    } else if (m.type === 'host.chooseSaveFile') {
      const reply = (value: string | undefined): void => worker.postMessage({ type: 'host.reply', id: m.id, value } satisfies ToCore)
      void (host?.chooseSaveFile(m.suggestedName) ?? Promise.resolve(undefined)).then(reply, () => reply(undefined))
    } else if (m.type === 'host.progress') host?.onSaveProgress?.(m.written, m.total)
    else if (m.type === 'host.finished') host?.onSaveFinished?.()
    else if (m.type === 'damaged') onDamaged?.(WorkbenchError.fromWire(m.error))
  }

  const spawn = (): Thread => {
    const worker = new Worker(new URL(module.filename), { workerData: data })
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromCore) => {
        if (m.type === 'ready') {
          path = m.path
          resolve()
        } else if (m.type === 'failed') reject(WorkbenchError.fromWire(m.error))
        else onMessage(worker, m)
      })
      worker.once('error', reject)
      worker.once('exit', (code) => {
        reject(new WorkbenchError('worker_failed', `The core's thread ended (exit code ${code}) before it opened the database.`))
        if (thread?.worker === worker) thread = undefined
        const why = `exit code ${code}`
        for (const [id, answer] of pending) answer({ type: 'result', id, envelope: crashed(why) })
        pending.clear()
      })
    })
    ready.catch(() => undefined)
    return { worker, ready }
  }

  const current = async (): Promise<Worker> => {
    if (closing) throw new WorkbenchError('internal', 'The core is closed.')
    thread ??= spawn()
    await thread.ready
    return thread.worker
  }

  const request = async (make: (id: number) => ToCore): Promise<FromCore> => {
    const worker = await current()
    const id = nextId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      worker.postMessage(make(id))
    })
  }

  const dispatchAs =
    (caller: 'local' | 'page'): Dispatch =>
    async (name, input) => {
      try {
        const m = await request((id) => ({ type: 'call', id, caller, name, input }))
        if (m.type === 'encoded') {
          const encoded = new EncodedJson(m.bytes)
          return { ok: true, value: caller === 'page' ? encoded : decoded(encoded) }
        }
        return m.type === 'result' ? m.envelope : crashed('no answer')
      } catch (err) {
        const e = err instanceof WorkbenchError ? err : new WorkbenchError('worker_failed', (err as Error).message)
        return { ok: false, error: e.toWire() }
      }
    }

  const download = async (exportId: string): Promise<Download | undefined> => {
    const m = await request((id) => ({ type: 'download.open', id, exportId }))
    if (m.type !== 'download.opened' || !m.download) return undefined
    const { key, fileName, contentType } = m.download
    const worker = await current()
    return { fileName, contentType, write: (out, signal) => relayDownload(worker, key, out, signal) }
  }

  const close = async (): Promise<void> => {
    if (closing) return
    const t = thread
    closing = true
    if (!t) return
    await t.ready.catch(() => undefined)
    await new Promise<void>((resolve) => {
      t.worker.once('exit', () => resolve())
      t.worker.on('message', (m: FromCore) => m.type === 'closed' && void t.worker.terminate())
      t.worker.postMessage({ type: 'close' } satisfies ToCore)
    })
  }

  const kill = async (): Promise<void> => {
    const t = thread
    if (t) await t.worker.terminate()
  }

  thread = spawn()
  await thread.ready
  return {
    get path() {
      return path
    },
    dispatch: dispatchAs('local'),
    pageDispatch: dispatchAs('page'),
    download,
    close,
    kill
  }
}

/** Copies a download the core's thread writes, chunk by chunk, into `out`; each chunk is acknowledged once `out` takes it. */
function relayDownload(worker: Worker, key: number, out: Writable, signal: AbortSignal): Promise<void> {
  const { port1, port2 } = new MessageChannel()
  return new Promise<void>((resolve, reject) => {
    const abort = (): void => port1.postMessage({ abort: true } satisfies DownloadControl)
    signal.addEventListener('abort', abort, { once: true })
    const finish = (err?: Error): void => {
      signal.removeEventListener('abort', abort)
      port1.close()
      if (err) reject(err)
      else resolve()
    }
    port1.on('message', (m: DownloadChunk) => {
      if ('chunk' in m) {
        const ack = (): void => port1.postMessage({ ack: true } satisfies DownloadControl)
        if (out.write(m.chunk)) ack()
        else out.once('drain', ack)
      } else if ('done' in m) finish()
      else finish(new Error(m.failed))
    })
    worker.postMessage({ type: 'download.write', key, port: port2 } satisfies ToCore, [port2])
  })
}
