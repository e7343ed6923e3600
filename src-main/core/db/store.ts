import type { Kysely } from 'kysely'
import type { Ports } from './ports.ts'
import type { DB } from './schema.ts'
import type { DatabaseState } from './state.ts'

/**
 * What a service works on: the typed builder, the dialect's ports (ports.ts), and the caches and jobs kept for this
 * database. Any dialect: SQLite's (open.ts) or PostgreSQL's. Inside a write transaction `db` is the transaction's.
 */
export interface Store {
  db: Kysely<DB>
  ports: Ports
  state: DatabaseState
  /** set inside writeTransaction: a nested one joins it */
  inTransaction?: boolean
}

/**
 * Runs `body` in one write transaction (or in the caller's, when already inside one). The body must use `tx` (its
 * builder is the transaction's): the connection is held until it ends, so a query on the outer store would wait forever.
 */
export function writeTransaction<T>(store: Store, body: (tx: Store) => Promise<T>): Promise<T> {
  if (store.inTransaction) return body(store)
  return store.ports.transactions.write(store.db, (trx) => body({ ...store, db: trx, inTransaction: true }))
}

/** Inside writeTransaction: the body's writes stay or go together; a throw undoes them and is rethrown. */
export function savepoint<T>(tx: Store, body: () => Promise<T>): Promise<T> {
  if (!tx.inTransaction) throw new Error('savepoint outside a transaction')
  return tx.ports.transactions.savepoint(tx.db, body)
}
