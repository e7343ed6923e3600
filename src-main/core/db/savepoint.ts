import { sql, type Kysely } from 'kysely'

/**
 * A savepoint inside a transaction the caller holds (the same SQL in SQLite and PostgreSQL): the body's writes stay or
 * go together; a throw rolls them back and is rethrown. The body must await only queries on `trx`.
 */
export async function withSavepoint<DB, T>(trx: Kysely<DB>, body: () => Promise<T>): Promise<T> {
  const name = sql.id('step') // nested ones may share it: RELEASE and ROLLBACK TO take the innermost
  await sql`SAVEPOINT ${name}`.execute(trx)
  try {
    const result = await body()
    await sql`RELEASE ${name}`.execute(trx)
    return result
  } catch (err) {
    await sql`ROLLBACK TO ${name}`.execute(trx)
    await sql`RELEASE ${name}`.execute(trx)
    throw err
  }
}
