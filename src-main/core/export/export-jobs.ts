import { randomBytes } from 'node:crypto'
import type { Writable } from 'node:stream'
import { WorkbenchError } from '../../contract/errors.ts'
import type { ExportStartInput, ExportStatus } from '../../contract/export.ts'
import type { Database } from '../db/open.ts'
import { CONTENT_TYPES, EXTENSIONS, exportClaims, type ExportOptions } from './export-claims.ts'
import { writeFileAtomically } from './export-file.ts'
import { countSelection } from '../db/sqlite/claim-selection.ts'
import { showAdjudicatedLayer } from '../db/sqlite/adjudicated-view.ts'
import { cancelledError } from './text-sink.ts'

/** What the HTTP bridge streams for GET /download/<exportId>. */
export interface Download {
  fileName: string
  contentType: string
  /** Writes the whole file to `out` (does not end it); rejects on cancel or failure. */
  write(out: Writable, signal: AbortSignal): Promise<void>
}

export type StartedExport = ExportStatus & { fileName: string; contentType: string }

interface Job {
  status: ExportStatus
  request: ExportStartInput
  fileName: string
  controller: AbortController
  /** When the job last changed state (ms), for expiry. */
  changedAt: number
}

export interface ExportJobsOptions {
  /** A prepared export not fetched within this time expires; finished ones are forgotten after it (default 15 min). */
  ttlMs?: number
  /** At most this many prepared exports wait to be fetched; preparing one more expires the oldest (default 20). */
  maxReady?: number
  now?: () => number
}

const newExportId = (): string => randomBytes(18).toString('base64url')

/** A label as a file-name part: letters and digits of any script, runs of anything else as one hyphen, at most 60. */
export function fileNamePart(label: string): string {
  const part = label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return [...part].slice(0, 60).join('').replace(/-+$/, '')
}

/** claims-<what it holds>-<day>.<ext>: the label the caller gave, else the article of an article query. */
export function suggestedName(request: ExportStartInput, now: Date): string {
  const day = now.toISOString().slice(0, 10)
  const label = request.label === undefined ? '' : fileNamePart(request.label)
  const which = label
    ? `${label}-`
    : 'query' in request.selection && request.selection.query.articleId !== undefined
      ? `article-${request.selection.query.articleId}-`
      : ''
  return `claims-${which}${day}.${EXTENSIONS[request.format]}`
}

/**
 * Exports prepared by `export.start` and fetched once: streamed by the HTTP bridge
 * (browser mode), written to a file by the desktop shell after its save dialog, or
 * by the CLI. Each has a status for progress and can be cancelled.
 */
/** The adjudicated layer's rows in a selection, counted on a reader of their own (see showAdjudicatedLayer). */
function countAdjudicated(database: Database, selection: ExportStartInput['selection']): number {
  const reader = database.openReader()
  try {
    showAdjudicatedLayer(reader)
    return countSelection(reader, selection)
  } finally {
    reader.close()
  }
}

export class ExportJobs {
  private readonly jobs = new Map<string, Job>()
  private readonly ttlMs: number
  private readonly maxReady: number
  private readonly now: () => number

  constructor(
    private readonly database: Database,
    options: ExportJobsOptions = {}
  ) {
    this.ttlMs = options.ttlMs ?? 15 * 60 * 1000
    this.maxReady = options.maxReady ?? 20
    this.now = options.now ?? Date.now
  }

  /** Prepares an export: counts its rows now; the file is written when it is fetched. */
  async start(request: ExportStartInput): Promise<StartedExport> {
    this.prune()
    this.capReady()
    const exportId = newExportId()
    const { db, ports } = this.database
    const rows =
      request.layer === 'adjudicated' ? countAdjudicated(this.database, request.selection) : await ports.claims.count(db, request.selection)
    const job: Job = {
      status: { exportId, state: 'ready', rows, written: 0 },
      request,
      fileName: suggestedName(request, new Date(this.now())),
      controller: new AbortController(),
      changedAt: this.now()
    }
    this.jobs.set(exportId, job)
    return this.describe(exportId)
  }

  /** The status plus the suggested file name and content type (for a save dialog). */
  describe(exportId: string): StartedExport {
    const job = this.job(exportId)
    return { ...job.status, fileName: job.fileName, contentType: CONTENT_TYPES[job.request.format] }
  }

  status(exportId: string): ExportStatus {
    this.prune()
    return { ...this.job(exportId).status }
  }

  /** Stops a running export or drops a prepared one. Cancelling a finished export changes nothing. */
  cancel(exportId: string): ExportStatus {
    const job = this.job(exportId)
    if (job.status.state === 'ready' || job.status.state === 'running') {
      // a running export stops at its next chunk; a file being written is then removed, a download fails
      this.settle(job, 'cancelled')
      job.controller.abort()
    }
    return { ...job.status }
  }

  /** Aborts everything running (the core is closing). */
  cancelAll(): void {
    for (const job of this.jobs.values())
      if (job.status.state === 'ready' || job.status.state === 'running') this.cancel(job.status.exportId)
  }

  /** For the HTTP bridge: the prepared export to stream, claimed at once (each export downloads once), or undefined. */
  download(exportId: string): Download | undefined {
    this.prune()
    const job = this.jobs.get(exportId)
    if (!job || job.status.state !== 'ready') return undefined
    this.claim(job)
    return {
      fileName: job.fileName,
      contentType: CONTENT_TYPES[job.request.format],
      write: async (out, signal) => {
        await this.runClaimed(job, { signal }, (p) => exportClaims(this.database, job.request, out, p))
      }
    }
  }

  /** Streams a prepared export to `out` (not ended). */
  async run(exportId: string, out: Writable, progress: ExportOptions = {}): Promise<ExportStatus> {
    const job = this.job(exportId)
    this.claim(job)
    await this.runClaimed(job, progress, (p) => exportClaims(this.database, job.request, out, p))
    return { ...job.status }
  }

  /**
   * Writes a prepared export to `filePath`: the desktop app calls this after its save
   * dialog, the CLI for --out. The file appears only when complete; on cancel or
   * failure nothing is left behind and an existing file is untouched.
   */
  async writeToFile(exportId: string, filePath: string, progress: ExportOptions = {}): Promise<ExportStatus> {
    const job = this.job(exportId)
    this.claim(job)
    await this.runClaimed(job, progress, (p) =>
      writeFileAtomically(filePath, (out) => exportClaims(this.database, job.request, out, p), p.signal)
    )
    return { ...job.status }
  }

  private job(exportId: string): Job {
    const job = this.jobs.get(exportId)
    if (!job)
      throw new WorkbenchError(
        'not_found',
        `There is no export ${exportId} (it was finished, cancelled or expired long ago, or never started).`
      )
    return job
  }

  private claim(job: Job): void {
    const { state, exportId } = job.status
    if (state !== 'ready')
      throw new WorkbenchError('conflict', `Export ${exportId} is ${state}; start a new export to write the file again.`)
    job.status.state = 'running'
    job.changedAt = this.now()
  }

  /** Runs `write` for a claimed job, keeping its status (progress, done, failed, cancelled) up to date. */
  private async runClaimed(job: Job, progress: ExportOptions, write: (options: ExportOptions) => Promise<unknown>): Promise<void> {
    const signal = progress.signal ? AbortSignal.any([job.controller.signal, progress.signal]) : job.controller.signal
    const onProgress = (written: number): void => {
      job.status.written = written
      progress.onProgress?.(written)
    }
    try {
      if (signal.aborted) throw cancelledError()
      await write({ ...progress, onProgress, signal })
      if (job.status.state === 'running') this.settle(job, 'done')
    } catch (err) {
      const cancelled = signal.aborted || (err instanceof WorkbenchError && err.code === 'cancelled')
      if (job.status.state === 'running')
        this.settle(job, cancelled ? 'cancelled' : 'failed', cancelled ? undefined : (err as Error).message)
      throw cancelled ? cancelledError() : err
    }
  }

  private settle(job: Job, state: ExportStatus['state'], error?: string): void {
    job.status.state = state
    if (error !== undefined) job.status.error = error
    job.changedAt = this.now()
  }

  /** Expires prepared exports nobody fetched and forgets finished ones, after the ttl. */
  private prune(): void {
    const cutoff = this.now() - this.ttlMs
    for (const [id, job] of this.jobs) {
      if (job.changedAt > cutoff || job.status.state === 'running') continue
      if (job.status.state === 'ready') this.settle(job, 'expired')
      else this.jobs.delete(id)
    }
  }

  /** Makes room for one more prepared export. */
  private capReady(): void {
    const ready = [...this.jobs.values()].filter((j) => j.status.state === 'ready') // in the order they were prepared
    for (const job of ready.slice(0, Math.max(0, ready.length - this.maxReady + 1))) this.settle(job, 'expired')
  }
}
