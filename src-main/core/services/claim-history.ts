import type BetterSqlite3 from 'better-sqlite3'
import type { HistoryEntry } from '../../contract/claims.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { Database } from '../db/open.ts'
import { deleteClaimRecord, insertClaimRecord, nowIso, readClaimRecord, writeClaimColumns, type ClaimRecord } from './claim-record.ts'

type Kind = 'create' | 'update' | 'delete'

interface HistoryRow {
  id: number
  claim_id: number
  article_id: number
  kind: Kind
  before: string | null
  after: string | null
  cause: 'edit' | 'undo' | 'redo'
  state: 'done' | 'undone' | 'dropped' | null
  at: string
  batch: number | null
}

const LABELS: Partial<Record<keyof ClaimRecord, string>> = {
  confidence: 'tag',
  attributed_to: 'speaker',
  note: 'note',
  source_reliability: 'source reliability',
  claim_credibility: 'credibility',
  start: 'start',
  end: 'end'
}

const parse = (json: string | null): ClaimRecord | null => (json ? (JSON.parse(json) as ClaimRecord) : null)

function insertHistory(sqlite: BetterSqlite3.Database, claimId: number, articleId: number, kind: Kind, before: ClaimRecord | null, after: ClaimRecord | null, cause: HistoryRow['cause'], batch: number | null = null): void {
  sqlite
    .prepare('INSERT INTO claim_history (claim_id, article_id, kind, before, after, cause, state, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(claimId, articleId, kind, before && JSON.stringify(before), after && JSON.stringify(after), cause, cause === 'edit' ? 'done' : null, batch)
}

/** A new batch number: changes recorded with it are undone and redone together. */
export function newBatch(sqlite: BetterSqlite3.Database): number {
  return (sqlite.prepare('SELECT coalesce(max(batch), 0) + 1 FROM claim_history').pluck().get() as number) ?? 1
}

/** Records a user's change; a new change ends the redo branch. Call inside the change's transaction. */
export function recordEdit(sqlite: BetterSqlite3.Database, kind: Kind, before: ClaimRecord | null, after: ClaimRecord | null, batch: number | null = null): void {
  const r = (after ?? before)!
  sqlite.prepare("UPDATE claim_history SET state = 'dropped' WHERE state = 'undone'").run()
  insertHistory(sqlite, r.id, r.article_id, kind, before, after, 'edit', batch)
}

function changedFields(before: ClaimRecord | null, after: ClaimRecord | null): HistoryEntry['changes'] {
  const keys = Object.keys(LABELS) as (keyof ClaimRecord)[]
  return keys
    .filter((k) => (before?.[k] ?? null) !== (after?.[k] ?? null))
    .filter((k) => !(before === null && (after?.[k] === '' || after?.[k] === null)) && !(after === null && k !== 'confidence'))
    .map((k) => ({ field: LABELS[k]!, before: before?.[k] ?? null, after: after?.[k] ?? null }))
}

const short = (quote: string): string => `“${quote.length > 40 ? quote.slice(0, 39).trimEnd() + '…' : quote}”`

export function describeChange(row: Pick<HistoryRow, 'kind' | 'before' | 'after'>, count = 1): string {
  if (count > 1) return `${row.kind === 'create' ? 'add' : row.kind === 'delete' ? 'delete' : 'edit'} ${count} claims`
  const before = parse(row.before)
  const after = parse(row.after)
  const quote = short((after ?? before)!.quote)
  if (row.kind === 'create') return `add claim ${quote}`
  if (row.kind === 'delete') return `delete claim ${quote}`
  const fields = changedFields(before, after)
  if (fields.length === 1 && fields[0]!.field === 'tag') return `tag ${fields[0]!.after === null ? 'cleared' : `“${String(fields[0]!.after)}”`} on ${quote}`
  return `edit ${fields.map((f) => f.field).join(', ') || 'claim'} of ${quote}`
}

/** Puts a claim into the given state (null = absent). */
function applyState(sqlite: BetterSqlite3.Database, claimId: number, target: ClaimRecord | null): void {
  const current = readClaimRecord(sqlite, claimId)
  if (target === null) {
    if (current) deleteClaimRecord(sqlite, claimId)
    return
  }
  if (!current) {
    const article = sqlite.prepare('SELECT 1 FROM articles WHERE id = ?').get(target.article_id)
    if (!article) throw new WorkbenchError('conflict', `Cannot restore the claim ${short(target.quote)}: its article has been deleted.`)
    insertClaimRecord(sqlite, target)
    return
  }
  const { id: _id, ...fields } = target
  writeClaimColumns(sqlite, claimId, fields)
}

/** The next step to undo (or redo): one change, or every change of its batch, in the order to apply them. */
function nextStep(sqlite: BetterSqlite3.Database, direction: 'undo' | 'redo'): HistoryRow[] {
  const [state, order] = direction === 'undo' ? ['done', 'DESC'] : ['undone', 'ASC']
  const row = sqlite.prepare(`SELECT * FROM claim_history WHERE state = ? ORDER BY id ${order} LIMIT 1`).get(state) as HistoryRow | undefined
  if (!row) return []
  if (row.batch === null) return [row]
  return sqlite.prepare(`SELECT * FROM claim_history WHERE state = ? AND batch = ? ORDER BY id ${order}`).all(state, row.batch) as HistoryRow[]
}

function step(database: Database, direction: 'undo' | 'redo') {
  const { sqlite } = database
  return sqlite
    .transaction(() => {
      const rows = nextStep(sqlite, direction)
      if (rows.length === 0) return null
      for (const row of rows) {
        const [from, to] = direction === 'undo' ? [parse(row.after), parse(row.before)] : [parse(row.before), parse(row.after)]
        applyState(sqlite, row.claim_id, to)
        sqlite.prepare('UPDATE claim_history SET state = ? WHERE id = ?').run(direction === 'undo' ? 'undone' : 'done', row.id)
        const kind: Kind = to === null ? 'delete' : from === null ? 'create' : 'update'
        insertHistory(sqlite, row.claim_id, row.article_id, kind, from, to, direction, row.batch)
      }
      const first = rows[0]!
      return { description: describeChange(first, rows.length), claimId: first.claim_id, articleId: first.article_id }
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
  const rows = sqlite.prepare('SELECT * FROM claim_history WHERE claim_id = ? ORDER BY id').all(claimId) as HistoryRow[]
  return rows.map((r) => ({ id: r.id, claimId: r.claim_id, kind: r.kind, cause: r.cause, at: r.at, changes: changedFields(parse(r.before), parse(r.after)) }))
}

export const touch = (r: ClaimRecord): ClaimRecord => ({ ...r, updated_at: nowIso() })
