import type BetterSqlite3 from 'better-sqlite3'
import { firstRow, runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'

export type Kind = 'create' | 'update' | 'delete' | 'trash' | 'restore'

/** A claim_history row: a claim's change (claim_id set) or an article's delete (kind trash, claim_id NULL). */
export interface HistoryRow {
  id: number
  claim_id: number | null
  article_id: number
  kind: Kind
  before: string | null
  after: string | null
  cause: 'edit' | 'undo' | 'redo'
  state: 'done' | 'undone' | 'dropped' | 'skipped' | null
  at: string
  batch: number | null
  trash_id: number | null
}

/** A step that can no longer apply (its article gone for good, its text imported again): it is retired, not retried. */
export class StaleStep extends Error {}

/** A new batch number: changes recorded with it are undone and redone together. */
export function newBatch(sqlite: BetterSqlite3.Database): number {
  return (
    (firstRow(
      sqlite,
      q.selectFrom('claim_history').select((eb) => eb.fn.max('batch').as('last'))
    )?.last ?? 0) + 1
  )
}

/** A new change ends the redo branch. */
export function dropRedoBranch(sqlite: BetterSqlite3.Database): void {
  runWrite(sqlite, q.updateTable('claim_history').set({ state: 'dropped' }).where('state', '=', 'undone'))
}
