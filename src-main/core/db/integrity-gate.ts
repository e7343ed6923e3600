import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'
import type { WorkbenchError } from '../../contract/errors.ts'
import { workerModule } from '../host/worker-module.ts'

export type IntegrityState = 'checking' | 'ok' | 'damaged'

/**
 * The integrity check of the open file (SQLite's quick_check). Checked before opening, it has passed already; checked in
 * the background (a large file takes seconds), the connection is query-only until it passes: reads go ahead, every write
 * waits for it (writeTransaction) or is refused by SQLite without touching the file, and a damaged file stays as it was.
 */
export interface IntegrityGate {
  readonly state: IntegrityState
  /** resolves once the file has passed; rejects with the db_damaged error (message naming the file) when it has not */
  readonly passed: Promise<void>
  /** why the file cannot be used, once the check found it damaged */
  readonly error: WorkbenchError | null
  /** stops a check still running (the database is closing) */
  stop(): Promise<void>
}

/** The gate of a file checked before it was opened (or just made). */
export const checkedBeforeOpen: IntegrityGate = { state: 'ok', passed: Promise.resolve(), error: null, stop: async () => undefined }

/** What a check reports: 'ok' or SQLite's list of problems. */
export interface RunningCheck {
  report: Promise<string>
  stop(): Promise<void>
}

/** quick_check on a thread of its own over a read-only connection; `report` rejects when the thread could not run it. */
export function quickCheckOnThread(path: string, nativeBinding?: string): RunningCheck {
  const module = workerModule('integrity-worker')
  const worker = new Worker(new URL(module.filename), { workerData: { ...module.workerData, path, nativeBinding } })
  const report = new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { check: string } | { failed: string }) =>
      'check' in m ? resolve(m.check) : reject(new Error(`the integrity check could not run: ${m.failed}`))
    )
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the integrity check's thread ended (exit code ${code})`)))
  })
  report.catch(() => undefined)
  return { report, stop: async () => void (await worker.terminate()) }
}

export interface BackgroundCheck {
  sqlite: BetterSqlite3.Database
  check: RunningCheck
  /** the error for a file the check found damaged (its problem in words) */
  damaged: (problem: string) => WorkbenchError
  /** after the file has passed and writes are allowed (the deferred writes of opening, such as the claim folds) */
  onPassed: () => void
}

/**
 * Makes the connection query-only and lifts that once `check` reports 'ok'. When the check's thread cannot run it, the
 * check runs here on the connection instead (blocking, but never skipped).
 */
export function backgroundGate({ sqlite, check, damaged, onPassed }: BackgroundCheck): IntegrityGate {
  sqlite.pragma('query_only = ON')
  let state: IntegrityState = 'checking'
  let error: WorkbenchError | null = null
  let stopped = false
  const report = check.report.catch(() => (stopped || !sqlite.open ? 'stopped' : String(sqlite.pragma('quick_check', { simple: true }))))
  const passed = report.then((found) => {
    if (found === 'stopped') throw new Error('The database was closed before its integrity check finished.')
    if (found !== 'ok') {
      state = 'damaged'
      error = damaged(`the integrity check reports "${found}"`)
      throw error
    }
    sqlite.pragma('query_only = OFF')
    state = 'ok'
    onPassed()
  })
  passed.catch(() => undefined)
  return {
    get state() {
      return state
    },
    get error() {
      return error
    },
    passed,
    stop: async () => {
      stopped = true
      await check.stop()
    }
  }
}
