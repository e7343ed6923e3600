import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../open.ts'
import type { DB } from '../schema.ts'
import { showAdjudicatedLayer } from './adjudicated-view.ts'

/** A read-only connection of its own, in one read transaction: `db` (the typed builder) and `reader` (for streamed rows). */
export interface ReadSnapshot {
  db: Kysely<DB>
  reader: BetterSqlite3.Database
}

/**
 * Runs `body` on a read-only connection of its own inside one read transaction, so a long read
 * (an export) sees one snapshot of the file while the app goes on writing on its own connection.
 * With `adjudicated`, `claims` on that connection is the team's adjudicated layer.
 */
export async function withReadSnapshot<T>(
  database: Database,
  adjudicated: boolean,
  body: (snapshot: ReadSnapshot) => Promise<T>
): Promise<T> {
  const reader = database.openReader()
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: reader }) })
  try {
    if (adjudicated) showAdjudicatedLayer(reader)
    reader.exec('BEGIN')
    return await body({ db, reader })
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT')
    await db.destroy() // closes the reader, if Kysely ever used it
    if (reader.open) reader.close()
  }
}
