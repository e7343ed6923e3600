import type { Database } from './db/open.ts'

/** What every handler gets: the open database and how the call arrived. */
export interface CoreContext {
  database: Database
  version: string
  transport: 'ipc' | 'http' | 'direct'
}
