import type BetterSqlite3 from 'better-sqlite3'

/**
 * What the services keep between calls for one open database: prepared statements, caches, running
 * jobs. Made with the database (one per core), so two cores in one process (tests, a team server)
 * share nothing; services keep no module-level mutable state.
 */
export class DatabaseState {
  /** Statements prepared once for this connection (bulk paths: import, search). */
  readonly statements = new Map<string, BetterSqlite3.Statement>()
  private readonly slots = new Map<string, unknown>()

  /** A service's own value, made on first use; `key` names the service ("import-jobs"). */
  slot<T>(key: string, make: () => T): T {
    if (!this.slots.has(key)) this.slots.set(key, make())
    return this.slots.get(key) as T
  }
}
