import type BetterSqlite3 from 'better-sqlite3'

const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

/** A prepared statement, prepared once per connection: for statements run per row in bulk work (import). */
export function cachedStatement(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = caches.get(sqlite)
  if (!cache) caches.set(sqlite, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}
