import { randomUUID } from 'node:crypto'
import { WorkbenchError } from '../../contract/errors.ts'
import type { ImportResult, ImportStatus, UploadedFile } from '../../contract/import.ts'
import type { Database } from '../db/open.ts'
import { sqliteFailure } from '../db/sqlite-errors.ts'
import type { FormatTable } from './format.ts'
import { importEntries } from './import-entries.ts'
import { entriesFromPaths, entriesFromUploads, type ImportEntry } from './read-paths.ts'

export type ImportRequest = { paths: string[] } | { files: UploadedFile[] }

interface Job {
  status: Omit<ImportStatus, 'results' | 'resultsFrom'>
  results: ImportResult[]
  controller: AbortController
  waiters: Set<() => void>
}

/** Finished jobs kept for late status calls, per database. */
const KEEP_FINISHED = 20

// One registry per open database (its state), so two cores (tests, CLI) never see each other's jobs.
function registry(database: Database): Map<string, Job> {
  return database.state.slot('import-jobs', () => new Map<string, Job>())
}

function notify(job: Job): void {
  for (const wake of job.waiters) wake()
  job.waiters.clear()
}

function evictOldFinished(jobs: Map<string, Job>): void {
  const finished = [...jobs].filter(([, j]) => j.status.finished)
  for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(id)
}

function getJob(database: Database, jobId: string): Job {
  const job = registry(database).get(jobId)
  if (!job) throw new WorkbenchError('not_found', `There is no import job ${jobId} (it finished long ago, or the app was restarted).`)
  return job
}

/**
 * Starts importing in the background and returns at once with the job's id; the
 * caller follows it with importJobStatus and may cancel it.
 */
export function startImportJob(database: Database, request: ImportRequest, opts: { formats?: FormatTable } = {}): string {
  const jobs = registry(database)
  evictOldFinished(jobs)
  const jobId = randomUUID()
  const job: Job = {
    status: { jobId, total: 0, done: 0, imported: 0, duplicates: 0, rejected: 0, finished: false, cancelled: false, error: null },
    results: [],
    controller: new AbortController(),
    waiters: new Set()
  }
  jobs.set(jobId, job)

  const run = async (): Promise<void> => {
    let entries: ImportEntry[]
    if ('paths' in request) {
      entries = await entriesFromPaths(request.paths, (found) => {
        job.status.total = found
        notify(job)
      })
    } else entries = entriesFromUploads(request.files)
    job.status.total = entries.length
    const outcome = await importEntries(database, entries, {
      signal: job.controller.signal,
      formats: opts.formats,
      onProgress: ({ done }) => {
        job.status.done = done
        notify(job)
      },
      onCommitted: (results) => {
        for (const r of results) {
          job.results.push(r)
          if (r.status === 'imported') job.status.imported++
          else if (r.status === 'duplicate') job.status.duplicates++
          else job.status.rejected++
        }
        notify(job)
      }
    })
    job.status.cancelled = outcome.cancelled
  }

  run()
    .catch((err: unknown) => {
      const reason = sqliteFailure(err)?.message.replace(/\.$/, '') ?? (err instanceof Error ? err.message : String(err)) // busy, read-only, disk full: say so plainly
      job.status.error = `The import stopped: ${reason}. Files stored before this stay stored.`
    })
    .finally(() => {
      job.status.finished = true
      notify(job)
    })
  return jobId
}

/** The job's progress and its results from `resultsFrom` on; with waitMs, waits for news first (unless there already is some). */
export async function importJobStatus(database: Database, jobId: string, resultsFrom = 0, waitMs = 0): Promise<ImportStatus> {
  const job = getJob(database, jobId)
  if (waitMs > 0 && !job.status.finished && job.results.length <= resultsFrom) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, waitMs)
      function done(): void {
        clearTimeout(timer)
        job.waiters.delete(done)
        resolve()
      }
      job.waiters.add(done)
    })
  }
  return { ...job.status, results: job.results.slice(resultsFrom), resultsFrom }
}

/** Asks the job to stop before its next file; what was read so far is kept. */
export function cancelImportJob(database: Database, jobId: string): { cancelled: boolean } {
  const job = getJob(database, jobId)
  if (job.status.finished) return { cancelled: false }
  job.controller.abort()
  return { cancelled: true }
}

/** Resolves when the job has finished (for callers inside the core, such as tests). */
export async function waitForImportJob(database: Database, jobId: string): Promise<ImportStatus> {
  const job = getJob(database, jobId)
  while (!job.status.finished) await new Promise<void>((resolve) => job.waiters.add(resolve))
  return importJobStatus(database, jobId)
}
