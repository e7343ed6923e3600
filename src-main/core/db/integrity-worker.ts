// A thread that runs SQLite's quick_check on a database file, read-only, and posts what it reports ('ok' or
// the first problems). Started by integrity-gate.ts, so the core's thread answers calls while a large file is checked.
import { parentPort, workerData } from 'node:worker_threads'
import Sqlite from 'better-sqlite3'

const { path, nativeBinding } = workerData as { path: string; nativeBinding?: string }

let report: { check: string } | { failed: string; code?: string }
try {
  const probe = new Sqlite(path, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    report = { check: String(probe.pragma('quick_check', { simple: true })) }
  } finally {
    probe.close()
  }
} catch (err) {
  report = { failed: (err as Error).message, code: (err as { code?: string }).code }
}
parentPort!.postMessage(report)
