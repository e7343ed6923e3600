import type BetterSqlite3 from 'better-sqlite3'
import { CLAIM_FIELDS, claimFieldNames, type StoredClaim } from '../../contract/claim-fields.ts'
import type { ClaimFields } from '../../contract/claims.ts'
import { firstRow, runWrite, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import type { ClaimsTable } from '../db/schema.ts'

/** A claims row as stored (snake_case columns; declared once in contract/claim-fields.ts). History keeps these as JSON. */
export type ClaimRecord = StoredClaim

/** The editable fields and their columns. */
export const FIELD_COLUMNS = {
  confidence: 'confidence',
  attributedTo: 'attributed_to',
  note: 'note',
  sourceReliability: 'source_reliability',
  claimCredibility: 'claim_credibility'
} as const satisfies Record<keyof ClaimFields, keyof ClaimRecord>

/** The stored columns of a claim (contract/claim-fields.ts). */
export const CLAIM_RECORD_COLUMNS = claimFieldNames.map((f) => CLAIM_FIELDS[f].column) satisfies (keyof ClaimRecord & keyof ClaimsTable)[]

export const nowIso = (): string => new Date().toISOString()

export function readClaimRecord(sqlite: BetterSqlite3.Database, id: number): ClaimRecord | undefined {
  return firstRow(sqlite, q.selectFrom('claims').select(CLAIM_RECORD_COLUMNS).where('id', '=', id)) as ClaimRecord | undefined
}

/** Only a record's own columns (a record read back from history JSON may hold others). */
function columnsOf(r: Partial<ClaimRecord>): Partial<ClaimRecord> {
  const out: Partial<Record<keyof ClaimRecord, unknown>> = {}
  for (const c of CLAIM_RECORD_COLUMNS) if (r[c] !== undefined) out[c] = r[c]
  return out as Partial<ClaimRecord>
}

/** Inserts a full record; with `id` null SQLite picks the id. Returns the id. */
export function insertClaimRecord(sqlite: BetterSqlite3.Database, r: Omit<ClaimRecord, 'id'> & { id: number | null }): number {
  const { id, ...rest } = columnsOf({ ...r, id: r.id ?? undefined }) as ClaimRecord
  return runWrite(sqlite, q.insertInto('claims').values(id === undefined ? rest : { ...rest, id })).lastId
}

/** Writes the given columns of one claim. */
export function writeClaimColumns(sqlite: BetterSqlite3.Database, id: number, values: Partial<Omit<ClaimRecord, 'id'>>): void {
  const { id: _id, ...set } = columnsOf(values)
  if (Object.keys(set).length === 0) return
  runWrite(sqlite, q.updateTable('claims').set(set).where('id', '=', id))
}

export function deleteClaimRecord(sqlite: BetterSqlite3.Database, id: number): void {
  runWrite(sqlite, q.deleteFrom('claims').where('id', '=', id))
}
