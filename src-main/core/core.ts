import { appVersion } from './app-root.ts'
import type { CoreContext } from './context.ts'
import { createDispatcher, type Dispatch } from './dispatch.ts'
import { openDatabase, type Database, type OpenOptions } from './db/open.ts'
import { syncBuiltinCues } from './services/cue-lexicon.ts'
import { seedSampleCorpus } from './services/sample-corpus.ts'

export interface Core {
  database: Database
  dispatch: Dispatch
  close(): Promise<void>
}

export interface StartOptions extends OpenOptions {
  transport: CoreContext['transport']
  /** Import the sample reports into a new database (default true). */
  seed?: boolean
  checkOutput?: boolean
}

/** Opens the database (migrating, seeding a new one) and builds the dispatcher every transport uses. */
export function startCore(dbPath: string, options: StartOptions): Core {
  const database = openDatabase(dbPath, options)
  if (options.seed !== false) seedSampleCorpus(database)
  syncBuiltinCues(database)
  const ctx: CoreContext = { database, version: appVersion(), transport: options.transport }
  return { database, dispatch: createDispatcher(ctx, { checkOutput: options.checkOutput }), close: () => database.close() }
}
