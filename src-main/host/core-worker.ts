// The core's own thread (core-host.ts starts it): opens the database and answers the app's calls, so the thread
// that serves the window or the HTTP bridge never runs SQL. Only messages cross; see core-protocol.ts.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { Writable } from 'node:stream'
import { toWorkbenchError } from '../core/db/sqlite-errors.ts'
import { startCore, type Core } from '../core/core.ts'
import type { HostPorts } from '../core/context.ts'
import type { Download } from '../core/export/export-jobs.ts'
import { EncodedJson } from '../core/host/encoded-json.ts'
// the worker is a composition root, like cli/run-core.ts: it picks the team server's HTTP client
import { httpTeamRemote } from '../transports/team-client.ts'
import type { CoreWorkerData, DownloadChunk, DownloadControl, FromCore, ToCore } from '../core/host/core-protocol.ts'

const data = workerData as CoreWorkerData
const port = parentPort!
const send = (m: FromCore): void => port.postMessage(m)

const hostReplies = new Map<number, (value: string | undefined) => void>()
let nextHostCall = 0
const host: HostPorts = {
  chooseSaveFile: (suggestedName) =>
    new Promise((resolve) => {
      const id = nextHostCall++
      hostReplies.set(id, resolve)
      send({ type: 'host.chooseSaveFile', id, suggestedName })
    }),
  onSaveProgress: (written, total) => send({ type: 'host.progress', written, total }),
  onSaveFinished: () => send({ type: 'host.finished' })
}

/** A Writable that sends each chunk over `out` and waits for the app's thread to take it (back-pressure). */
function portWritable(out: MessagePort): { stream: Writable; acked: () => void } {
  let waiting: (() => void) | undefined
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      waiting = done
      out.postMessage({ chunk: new Uint8Array(chunk) } satisfies DownloadChunk)
    }
  })
  // taken before it is called: calling it may start the next chunk's write at once, which sets a new `waiting`
  const acked = (): void => {
    const done = waiting
    waiting = undefined
    done?.()
  }
  return { stream, acked }
}

const downloads = new Map<number, Download>()
let nextDownload = 0

async function streamDownload(key: number, out: MessagePort): Promise<void> {
  const download = downloads.get(key)
  downloads.delete(key)
  const controller = new AbortController()
  const { stream, acked } = portWritable(out)
  out.on('message', (m: DownloadControl) => ('abort' in m ? (controller.abort(), stream.destroy()) : acked()))
  try {
    if (!download) throw new Error('that download was already taken')
    await download.write(stream, controller.signal)
    // the writer may return with chunks still queued in the stream: done only once the app's thread took them all
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())))
    out.postMessage({ done: true } satisfies DownloadChunk)
  } catch (err) {
    out.postMessage({ failed: err instanceof Error ? err.message : String(err) } satisfies DownloadChunk)
  } finally {
    out.close()
  }
}

function serve(core: Core): void {
  port.on('message', (m: ToCore) => {
    if (m.type === 'call') {
      const dispatch = m.caller === 'page' ? core.pageDispatch : core.dispatch
      void dispatch(m.name, m.input).then((envelope) => {
        try {
          if (envelope.ok && envelope.value instanceof EncodedJson) {
            const { bytes } = envelope.value
            port.postMessage({ type: 'encoded', id: m.id, bytes } satisfies FromCore, [bytes.buffer as ArrayBuffer])
          } else send({ type: 'result', id: m.id, envelope })
        } catch (err) {
          // a value that cannot be copied between threads
          send({ type: 'result', id: m.id, envelope: { ok: false, error: toWorkbenchError(err).toWire() } })
        }
      })
    } else if (m.type === 'download.open') {
      const download = core.exports.download(m.exportId)
      const key = nextDownload++
      if (download) downloads.set(key, download)
      const opened = download ? { key, fileName: download.fileName, contentType: download.contentType } : null
      send({ type: 'download.opened', id: m.id, download: opened })
    } else if (m.type === 'download.write') void streamDownload(m.key, m.port)
    else if (m.type === 'host.reply') {
      hostReplies.get(m.id)?.(m.value)
      hostReplies.delete(m.id)
    } else if (m.type === 'close') void core.close().finally(() => send({ type: 'closed' }))
  })
}

try {
  const core = await startCore(data.dbPath, {
    transport: data.transport,
    seed: data.seed,
    checkOutput: data.checkOutput,
    nativeBinding: data.nativeBinding,
    host: data.host ? host : undefined,
    teamRemote: data.teamRemote ? httpTeamRemote : undefined,
    cpuPool: data.cpuPool,
    integrityCheck: data.integrityCheck
  })
  serve(core)
  send({ type: 'ready', path: core.database.path })
  const { integrity } = core.database
  integrity.passed.catch(() => integrity.error && send({ type: 'damaged', error: integrity.error.toWire() }))
} catch (err) {
  send({ type: 'failed', error: toWorkbenchError(err).toWire() })
}
