import { sql, type Kysely } from 'kysely'

/**
 * A write transaction that takes SQLite's write lock at its start (BEGIN
 * IMMEDIATE): a deferred one that reads first and writes later fails at once as
 * busy when another program wrote in between, and waiting (busy_timeout) cannot
 * help it. Kysely's own transaction() begins deferred, hence this port.
 * The body must await only queries on `trx`, nothing else.
 */
export async function immediateTransaction<DB, T>(db: Kysely<DB>, body: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn)
    try {
      const result = await body(conn)
      await sql`COMMIT`.execute(conn)
      return result
    } catch (err) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined)
      throw err
    }
  })
}
