import type { Database } from './db/open.ts'
import type { ExportJobs } from './export/export-jobs.ts'
import type { CpuRunner } from './host/cpu-pool.ts'
import type { TeamRemoteFactory } from './team/client/sync.ts'

/** What the app around the core can do for it (the desktop shell's dialogs); absent in browser mode and the CLI. */
export interface HostPorts {
  /** Asks where to save (a native dialog), suggesting a name; undefined when the analyst cancels. */
  chooseSaveFile(suggestedName: string): Promise<string | undefined>
  /** Rows written so far of `total` (e.g. the taskbar progress bar). */
  onSaveProgress?(written: number, total: number): void
  /** The save ended, whichever way. */
  onSaveFinished?(): void
}

/** What every handler gets: the open database and how the call arrived. */
export interface CoreContext {
  database: Database
  version: string
  transport: 'ipc' | 'http' | 'direct'
  /**
   * Who is calling: `local` is code in this process (CLI, the desktop shell's own
   * menus and dialogs); `page` is the app's page, through IPC or HTTP. A page may
   * not name files on this machine to read (import.start with paths): it uploads them.
   */
  caller: 'local' | 'page'
  /** Prepared and running exports (export.start / status / cancel; streamed by the transports). */
  exports: ExportJobs
  host?: HostPorts
  /** Where the CPU-heavy pure work runs (import parsing, suggest, compare): a worker pool in the app, this thread in the CLI. */
  cpu: CpuRunner
  /** How to reach a team server (the app around the core gives its HTTP client; absent: no team sync). */
  teamRemote?: TeamRemoteFactory
}
