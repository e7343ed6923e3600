import type { Kysely } from 'kysely'
import type { HistoryEntry } from '../../contract/claims.ts'
import type { DB } from '../db/schema.ts'
import { savepoint, writeTransaction, type Store } from '../db/store.ts'
import { retrashArticle, untrashArticle } from './article-delete.ts'
import { deleteClaimRecord, insertClaimRecord, readClaimRecord, writeClaimColumns, type ClaimRecord } from './claim-record.ts'
import { changedFields, describeChange, parse } from './history-labels.ts'
import { dropRedoBranch, newBatch, StaleStep, type HistoryRow, type Kind } from './history-rows.ts'

export { describeChange, newBatch }

type Json = string | null

async function insertHistory(
  trx: Kysely<DB>,
  claimId: number | null,
  articleId: number,
  kind: Kind,
  before: Json,
  after: Json,
  cause: HistoryRow['cause'],
  batch: number | null = null
): Promise<void> {
  const row = {
    claim_id: claimId,
    article_id: articleId,
    kind,
    before,
    after,
    cause,
    state: cause === 'edit' ? ('done' as const) : null,
    batch
  }
  await trx.insertInto('claim_history').values(row).execute()
}

const json = (r: ClaimRecord | null): Json => r && JSON.stringify(r)

/** Records a user's change to a claim; a new change ends the redo branch. Call inside the change's transaction. */
export async function recordEdit(
  trx: Kysely<DB>,
  kind: 'create' | 'update' | 'delete',
  before: ClaimRecord | null,
  after: ClaimRecord | null,
  batch: number | null = null
): Promise<void> {
  const r = (after ?? before)!
  await dropRedoBranch(trx)
  await insertHistory(trx, r.id, r.article_id, kind, json(before), json(after), 'edit', batch)
}

/** Puts a claim into the given state (null = absent). */
async function applyState(trx: Kysely<DB>, claimId: number, target: ClaimRecord | null): Promise<void> {
  const current = await readClaimRecord(trx, claimId)
  if (target === null) {
    if (current) await deleteClaimRecord(trx, claimId)
    return
  }
  if (!current) {
    const article = await trx.selectFrom('articles').select('id').where('id', '=', target.article_id).executeTakeFirst()
    if (!article) throw new StaleStep('its article has been deleted')
    await insertClaimRecord(trx, target)
    return
  }
  const { id: _id, ...fields } = target
  await writeClaimColumns(trx, claimId, fields)
}

/** The next step to undo (or redo): one change, or every change of its batch, in the order to apply them. */
async function nextStep(db: Kysely<DB>, direction: 'undo' | 'redo'): Promise<HistoryRow[]> {
  const [state, order] = direction === 'undo' ? (['done', 'desc'] as const) : (['undone', 'asc'] as const)
  const rows = db.selectFrom('claim_history').selectAll().where('state', '=', state).orderBy('id', order)
  const row = await rows.limit(1).executeTakeFirst()
  if (!row) return []
  if (row.batch === null) return [row]
  return rows.where('batch', '=', row.batch).execute()
}

/** Applies one history row in the given direction and logs it; throws StaleStep when it can no longer apply. */
async function applyRow(tx: Store, row: HistoryRow, direction: 'undo' | 'redo'): Promise<void> {
  const state = direction === 'undo' ? 'undone' : 'done'
  const trx = tx.db
  if (row.kind === 'trash') {
    if (direction === 'undo') await untrashArticle(tx, row.trash_id)
    const trashId = direction === 'undo' ? null : await retrashArticle(tx, row.article_id)
    await trx.updateTable('claim_history').set({ state, trash_id: trashId }).where('id', '=', row.id).execute()
    const [before, after] = direction === 'undo' ? [null, row.before] : [row.before, null]
    await insertHistory(trx, null, row.article_id, direction === 'undo' ? 'restore' : 'trash', before, after, direction, row.batch)
    return
  }
  const [from, to] = direction === 'undo' ? [row.after, row.before] : [row.before, row.after]
  await applyState(trx, row.claim_id!, parse(to))
  await trx.updateTable('claim_history').set({ state }).where('id', '=', row.id).execute()
  const kind: Kind = to === null ? 'delete' : from === null ? 'create' : 'update'
  await insertHistory(trx, row.claim_id, row.article_id, kind, from, to, direction, row.batch)
}

/** Retires a step that cannot apply; a delete that cannot be undone retires the article's older steps with it. */
async function retire(trx: Kysely<DB>, row: HistoryRow, direction: 'undo' | 'redo'): Promise<number> {
  const skip = trx.updateTable('claim_history').set({ state: 'skipped' })
  await skip.where('id', '=', row.id).execute()
  if (row.kind !== 'trash' || direction !== 'undo') return 0
  const older = await skip.where('article_id', '=', row.article_id).where('state', '=', 'done').where('id', '<', row.id).executeTakeFirst()
  return Number(older.numUpdatedRows)
}

const MAX_REPORTED = 10

export interface StepResult {
  description: string | null
  claimId: number | null
  articleId: number | null
  /** steps that could no longer apply, retired (so reported once) and passed over */
  skipped: string[]
}

/**
 * Undoes (or redoes) the next step. A step, or a change within it, that can no longer apply is
 * retired and reported in `skipped`, and the next one is tried: the history never jams.
 */
function step(store: Store, direction: 'undo' | 'redo'): Promise<StepResult | null> {
  return writeTransaction(store, async (tx) => {
    const skipped: string[] = []
    let more = 0
    const report = (text: string) => (skipped.length < MAX_REPORTED ? skipped.push(text) : more++)
    for (;;) {
      const rows = await nextStep(tx.db, direction)
      if (rows.length === 0) {
        if (more) skipped.push(`and ${more} more`)
        return skipped.length ? { description: null, claimId: null, articleId: null, skipped } : null
      }
      const applied: HistoryRow[] = []
      for (const row of rows) {
        try {
          await savepoint(tx, () => applyRow(tx, row, direction)) // a stale row leaves nothing behind
          applied.push(row)
        } catch (err) {
          if (!(err instanceof StaleStep)) throw err
          const older = await retire(tx.db, row, direction)
          report(`${describeChange(row)} (${err.message})${older ? ` and ${older} earlier change${older === 1 ? '' : 's'} to it` : ''}`)
        }
      }
      const first = applied[0]
      if (!first) continue
      if (more) skipped.push(`and ${more} more`)
      return { description: describeChange(first, applied.length), claimId: first.claim_id, articleId: first.article_id, skipped }
    }
  })
}

export const undo = (store: Store) => step(store, 'undo')
export const redo = (store: Store) => step(store, 'redo')

export async function historyState(db: Kysely<DB>): Promise<{ undo: string | null; redo: string | null }> {
  const describe = (rows: HistoryRow[]) => (rows.length ? describeChange(rows[0]!, rows.length) : null)
  return { undo: describe(await nextStep(db, 'undo')), redo: describe(await nextStep(db, 'redo')) }
}

/** Every change to one claim, oldest first, with what changed from what to what. */
export async function claimHistory(db: Kysely<DB>, claimId: number): Promise<HistoryEntry[]> {
  const rows = (await db.selectFrom('claim_history').selectAll().where('claim_id', '=', claimId).orderBy('id').execute()) as (HistoryRow & {
    claim_id: number
    kind: 'create' | 'update' | 'delete'
  })[]
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claim_id,
    kind: r.kind,
    cause: r.cause,
    at: r.at,
    changes: changedFields(parse(r.before), parse(r.after))
  }))
}
