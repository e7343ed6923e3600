import type BetterSqlite3 from 'better-sqlite3'
import type { HistoryEntry } from '../../contract/claims.ts'
import type { Database } from '../db/open.ts'
import { retrashArticle, untrashArticle } from './article-delete.ts'
import { deleteClaimRecord, insertClaimRecord, readClaimRecord, writeClaimColumns, type ClaimRecord } from './claim-record.ts'
import { allRows, firstRow, runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import { changedFields, describeChange, parse } from './history-labels.ts'
import { dropRedoBranch, newBatch, StaleStep, type HistoryRow, type Kind } from './history-rows.ts'

export { describeChange, newBatch }

type Json = string | null

function insertHistory(
  sqlite: BetterSqlite3.Database,
  claimId: number | null,
  articleId: number,
  kind: Kind,
  before: Json,
  after: Json,
  cause: HistoryRow['cause'],
  batch: number | null = null
): void {
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
  runWrite(sqlite, q.insertInto('claim_history').values(row))
}

const json = (r: ClaimRecord | null): Json => r && JSON.stringify(r)

/** Records a user's change to a claim; a new change ends the redo branch. Call inside the change's transaction. */
export function recordEdit(
  sqlite: BetterSqlite3.Database,
  kind: 'create' | 'update' | 'delete',
  before: ClaimRecord | null,
  after: ClaimRecord | null,
  batch: number | null = null
): void {
  const r = (after ?? before)!
  dropRedoBranch(sqlite)
  insertHistory(sqlite, r.id, r.article_id, kind, json(before), json(after), 'edit', batch)
}

/** Puts a claim into the given state (null = absent). */
function applyState(sqlite: BetterSqlite3.Database, claimId: number, target: ClaimRecord | null): void {
  const current = readClaimRecord(sqlite, claimId)
  if (target === null) {
    if (current) deleteClaimRecord(sqlite, claimId)
    return
  }
  if (!current) {
    const article = firstRow(sqlite, q.selectFrom('articles').select('id').where('id', '=', target.article_id))
    if (!article) throw new StaleStep('its article has been deleted')
    insertClaimRecord(sqlite, target)
    return
  }
  const { id: _id, ...fields } = target
  writeClaimColumns(sqlite, claimId, fields)
}

/** The next step to undo (or redo): one change, or every change of its batch, in the order to apply them. */
function nextStep(sqlite: BetterSqlite3.Database, direction: 'undo' | 'redo'): HistoryRow[] {
  const [state, order] = direction === 'undo' ? (['done', 'desc'] as const) : (['undone', 'asc'] as const)
  const rows = q.selectFrom('claim_history').selectAll().where('state', '=', state).orderBy('id', order)
  const row = firstRow(sqlite, rows.limit(1))
  if (!row) return []
  if (row.batch === null) return [row]
  return allRows(sqlite, rows.where('batch', '=', row.batch))
}

/** Applies one history row in the given direction and logs it; throws StaleStep when it can no longer apply. */
function applyRow(sqlite: BetterSqlite3.Database, row: HistoryRow, direction: 'undo' | 'redo'): void {
  const state = direction === 'undo' ? 'undone' : 'done'
  if (row.kind === 'trash') {
    if (direction === 'undo') untrashArticle(sqlite, row.trash_id)
    const trashId = direction === 'undo' ? null : retrashArticle(sqlite, row.article_id)
    runWrite(sqlite, q.updateTable('claim_history').set({ state, trash_id: trashId }).where('id', '=', row.id))
    const [before, after] = direction === 'undo' ? [null, row.before] : [row.before, null]
    insertHistory(sqlite, null, row.article_id, direction === 'undo' ? 'restore' : 'trash', before, after, direction, row.batch)
    return
  }
  const [from, to] = direction === 'undo' ? [row.after, row.before] : [row.before, row.after]
  applyState(sqlite, row.claim_id!, parse(to))
  runWrite(sqlite, q.updateTable('claim_history').set({ state }).where('id', '=', row.id))
  const kind: Kind = to === null ? 'delete' : from === null ? 'create' : 'update'
  insertHistory(sqlite, row.claim_id, row.article_id, kind, from, to, direction, row.batch)
}

/** Retires a step that cannot apply; a delete that cannot be undone retires the article's older steps with it. */
function retire(sqlite: BetterSqlite3.Database, row: HistoryRow, direction: 'undo' | 'redo'): number {
  const skip = q.updateTable('claim_history').set({ state: 'skipped' })
  runWrite(sqlite, skip.where('id', '=', row.id))
  if (row.kind !== 'trash' || direction !== 'undo') return 0
  return runWrite(sqlite, skip.where('article_id', '=', row.article_id).where('state', '=', 'done').where('id', '<', row.id)).changes
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
function step(database: Database, direction: 'undo' | 'redo'): StepResult | null {
  const { sqlite } = database
  return sqlite
    .transaction(() => {
      const skipped: string[] = []
      let more = 0
      const report = (text: string) => (skipped.length < MAX_REPORTED ? skipped.push(text) : more++)
      for (;;) {
        const rows = nextStep(sqlite, direction)
        if (rows.length === 0) {
          if (more) skipped.push(`and ${more} more`)
          return skipped.length ? { description: null, claimId: null, articleId: null, skipped } : null
        }
        const applied: HistoryRow[] = []
        for (const row of rows) {
          try {
            sqlite.transaction(() => applyRow(sqlite, row, direction))() // a savepoint: a stale row leaves nothing behind
            applied.push(row)
          } catch (err) {
            if (!(err instanceof StaleStep)) throw err
            const older = retire(sqlite, row, direction)
            report(`${describeChange(row)} (${err.message})${older ? ` and ${older} earlier change${older === 1 ? '' : 's'} to it` : ''}`)
          }
        }
        const first = applied[0]
        if (!first) continue
        if (more) skipped.push(`and ${more} more`)
        return { description: describeChange(first, applied.length), claimId: first.claim_id, articleId: first.article_id, skipped }
      }
    })
    .immediate()
}

export const undo = (database: Database) => step(database, 'undo')
export const redo = (database: Database) => step(database, 'redo')

export function historyState({ sqlite }: Database): { undo: string | null; redo: string | null } {
  const describe = (rows: HistoryRow[]) => (rows.length ? describeChange(rows[0]!, rows.length) : null)
  return { undo: describe(nextStep(sqlite, 'undo')), redo: describe(nextStep(sqlite, 'redo')) }
}

/** Every change to one claim, oldest first, with what changed from what to what. */
export function claimHistory({ sqlite }: Database, claimId: number): HistoryEntry[] {
  const rows = allRows(sqlite, q.selectFrom('claim_history').selectAll().where('claim_id', '=', claimId).orderBy('id')) as (HistoryRow & {
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
