import type BetterSqlite3 from 'better-sqlite3'
import type { Database } from '../open.ts'
import { showAdjudicatedLayer } from './adjudicated-view.ts'

/**
 * Runs `body` on a read-only connection of its own inside one read transaction, so a long read
 * (an export) sees one snapshot of the file while the app goes on writing on its own connection.
 * With `adjudicated`, `claims` on that connection is the team's adjudicated layer.
 */
export async function withReadSnapshot<T>(
  database: Database,
  adjudicated: boolean,
  body: (reader: BetterSqlite3.Database) => Promise<T>
): Promise<T> {
  const reader = database.openReader()
  try {
    if (adjudicated) showAdjudicatedLayer(reader)
    reader.exec('BEGIN')
    return await body(reader)
  } finally {
    if (reader.inTransaction) reader.exec('COMMIT')
    reader.close()
  }
}
