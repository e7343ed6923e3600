import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { DatabaseState } from '../state.ts'

/** The SQLite side's raw connection and what is kept for it (prepared statements, caches): for code in core/db/sqlite only. */
export interface SqliteHandle {
  sqlite: BetterSqlite3.Database
  state: DatabaseState
}

/**
 * Runs synchronous better-sqlite3 work on the connection `db` runs on, once `db` holds it: Kysely's driver serialises
 * the connection (a transaction holds it to its end), so this work never lands inside another call's open
 * transaction. Inside a transaction, pass its `trx`: the work is part of it. `work` must not await.
 */
export function onConnection<DB, T>(db: Kysely<DB>, work: () => T): Promise<T> {
  return db.connection().execute(async () => work())
}
