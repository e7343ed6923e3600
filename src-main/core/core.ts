import { appVersion } from './app-root.ts'
import type { CoreContext, HostPorts } from './context.ts'
import { createDispatcher, type Dispatch } from './dispatch.ts'
import { openDatabase, type Database, type OpenOptions } from './db/open.ts'
import { ExportJobs } from './export/export-jobs.ts'
import { CpuPool, inlineCpu } from './host/cpu-pool.ts'
import { syncBuiltinCues } from './services/cue-lexicon.ts'
import { seedSampleCorpus } from './services/sample-corpus.ts'

export interface Core {
  database: Database
  /** For code in this process (CLI, the shell's menus and dialogs). */
  dispatch: Dispatch
  /** For the app's page, over IPC or HTTP: the transports use only this one. */
  pageDispatch: Dispatch
  /** Exports to stream: the HTTP bridge's downloads, the desktop shell's save dialog, the CLI. */
  exports: ExportJobs
  close(): Promise<void>
}

export interface StartOptions extends OpenOptions {
  transport: CoreContext['transport']
  /** Import the sample reports into a new database (default true). */
  seed?: boolean
  checkOutput?: boolean
  host?: HostPorts
  teamRemote?: CoreContext['teamRemote']
  /**
   * Run import parsing, suggest and compare on a pool of worker threads (the app and browser mode; options: how many
   * threads); default: in this thread.
   */
  cpuPool?: boolean | { threads: number }
}

/** Opens the database (migrating, seeding a new one) and builds the dispatcher every transport uses. */
export async function startCore(dbPath: string, options: StartOptions): Promise<Core> {
  const database = openDatabase(dbPath, options)
  try {
    if (options.seed !== false) await seedSampleCorpus(database)
    await syncBuiltinCues(database)
  } catch (err) {
    await database.close()
    throw err
  }
  const exports = new ExportJobs(database)
  const cpu = options.cpuPool ? new CpuPool(options.cpuPool === true ? {} : options.cpuPool) : inlineCpu
  const ctx: CoreContext = {
    database,
    version: appVersion(),
    transport: options.transport,
    exports,
    host: options.host,
    teamRemote: options.teamRemote,
    caller: 'local',
    cpu
  }
  const close = async (): Promise<void> => {
    exports.cancelAll()
    await cpu.close()
    return database.close()
  }
  const checkOutput = options.checkOutput
  return {
    database,
    dispatch: createDispatcher(ctx, { checkOutput }),
    pageDispatch: createDispatcher({ ...ctx, caller: 'page' }, { checkOutput }),
    exports,
    close
  }
}
