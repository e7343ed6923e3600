import type BetterSqlite3 from 'better-sqlite3'
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely'
import type { DB } from '../schema.ts'

/**
 * Kysely's typed builder for SQLite, "cold" (no driver: it only compiles), for the exporters' reads on an export's own
 * read-only connection (read-snapshot.ts), run synchronously with the helpers below beside its streamed rows. Never
 * on the app's connection: the services' queries run on `db` (store.ts), in their turn. Immutable.
 */
export const sqliteQueries = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler()
  }
})

/** Runs a query built with Kysely's typed builder on a better-sqlite3 connection, synchronously; the row type comes from the builder. */
export function allRows<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): R[] {
  const { sql, parameters } = query.compile()
  return sqlite.prepare(sql).all(...parameters) as R[]
}

export function firstRow<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): R | undefined {
  const { sql, parameters } = query.compile()
  return sqlite.prepare(sql).get(...parameters) as R | undefined
}
