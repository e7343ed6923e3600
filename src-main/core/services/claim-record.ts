import type { Kysely } from 'kysely'
import { CLAIM_FIELDS, claimFieldNames, type StoredClaim } from '../../contract/claim-fields.ts'
import type { ClaimFields } from '../../contract/claims.ts'
import type { ClaimsTable, DB } from '../db/schema.ts'

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

export async function readClaimRecord(db: Kysely<DB>, id: number): Promise<ClaimRecord | undefined> {
  return (await db.selectFrom('claims').select(CLAIM_RECORD_COLUMNS).where('id', '=', id).executeTakeFirst()) as ClaimRecord | undefined
}

/** Only a record's own columns (a record read back from history JSON may hold others). */
function columnsOf(r: Partial<ClaimRecord>): Partial<ClaimRecord> {
  const out: Partial<Record<keyof ClaimRecord, unknown>> = {}
  for (const c of CLAIM_RECORD_COLUMNS) if (r[c] !== undefined) out[c] = r[c]
  return out as Partial<ClaimRecord>
}

/** Inserts a full record; with `id` null the database picks the id. Returns the id. */
export async function insertClaimRecord(db: Kysely<DB>, r: Omit<ClaimRecord, 'id'> & { id: number | null }): Promise<number> {
  const { id, ...rest } = columnsOf({ ...r, id: r.id ?? undefined }) as ClaimRecord
  const inserted = await db
    .insertInto('claims')
    .values(id === undefined ? rest : { ...rest, id })
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Writes the given columns of one claim. */
export async function writeClaimColumns(db: Kysely<DB>, id: number, values: Partial<Omit<ClaimRecord, 'id'>>): Promise<void> {
  const { id: _id, ...set } = columnsOf(values)
  if (Object.keys(set).length === 0) return
  await db.updateTable('claims').set(set).where('id', '=', id).execute()
}

export async function deleteClaimRecord(db: Kysely<DB>, id: number): Promise<void> {
  await db.deleteFrom('claims').where('id', '=', id).execute()
}
