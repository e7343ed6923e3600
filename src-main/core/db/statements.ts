import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteHandle } from './sqlite/handle.ts'

/** A prepared statement, prepared once per open database: for statements run per row in bulk work (import) and hot reads. */
export function cachedStatement(database: SqliteHandle, sql: string): BetterSqlite3.Statement {
  let statement = database.state.statements.get(sql)
  if (!statement) database.state.statements.set(sql, (statement = database.sqlite.prepare(sql)))
  return statement
}
