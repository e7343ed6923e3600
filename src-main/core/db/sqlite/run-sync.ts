import type BetterSqlite3 from 'better-sqlite3'
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely'
import type { DB } from '../schema.ts'

/**
 * Kysely's typed builder for SQLite, "cold" (no driver: it only compiles), for code that runs its
 * queries synchronously on a better-sqlite3 connection with the helpers below. Immutable.
 */
export const sqliteQueries = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler()
  }
})

/**
 * Runs a query built with Kysely's typed builder on the better-sqlite3 connection, synchronously, so
 * a service can build its queries with the builder and still run them inside one better-sqlite3
 * transaction (whose body must not await). The row type comes from the builder.
 */
export function allRows<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): R[] {
  const { sql, parameters } = query.compile()
  return sqlite.prepare(sql).all(...parameters) as R[]
}

export function firstRow<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): R | undefined {
  const { sql, parameters } = query.compile()
  return sqlite.prepare(sql).get(...parameters) as R | undefined
}

/** Runs a write; returns how many rows it changed and the last inserted rowid. */
export function runWrite(sqlite: BetterSqlite3.Database, query: Compilable<unknown>): { changes: number; lastId: number } {
  const { sql, parameters } = query.compile()
  const info = sqlite.prepare(sql).run(...parameters)
  return { changes: info.changes, lastId: Number(info.lastInsertRowid) }
}
