import type { Database } from './db/open.ts'
import type { ExportJobs } from './export/export-jobs.ts'

/** What every handler gets: the open database and how the call arrived. */
export interface CoreContext {
  database: Database
  version: string
  transport: 'ipc' | 'http' | 'direct'
  /** Prepared and running exports (export.start / status / cancel; streamed by the transports). */
  exports: ExportJobs
}
