import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'

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

/** A new batch number: changes recorded with it are undone and redone together. Inside the write transaction. */
export async function newBatch(trx: Kysely<DB>): Promise<number> {
  const row = await trx
    .selectFrom('claim_history')
    .select((eb) => eb.fn.max('batch').as('last'))
    .executeTakeFirst()
  return (row?.last ?? 0) + 1
}

/** A new change ends the redo branch. */
export async function dropRedoBranch(trx: Kysely<DB>): Promise<void> {
  await trx.updateTable('claim_history').set({ state: 'dropped' }).where('state', '=', 'undone').execute()
}
