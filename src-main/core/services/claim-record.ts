import type BetterSqlite3 from 'better-sqlite3'
import type { ClaimFields } from '../../contract/claims.ts'

/** A claims row as stored (snake_case columns). History keeps these as JSON. */
export interface ClaimRecord {
  id: number
  article_id: number
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
  confidence: string | null
  attributed_to: string
  note: string
  source_reliability: string | null
  claim_credibility: number | null
  cue: string | null
  created_at: string
  updated_at: string
}

/** The editable fields and their columns. */
export const FIELD_COLUMNS = {
  confidence: 'confidence',
  attributedTo: 'attributed_to',
  note: 'note',
  sourceReliability: 'source_reliability',
  claimCredibility: 'claim_credibility'
} as const satisfies Record<keyof ClaimFields, keyof ClaimRecord>

const COLUMNS = ['id', 'article_id', 'start', 'end', 'quote', 'prefix', 'suffix', 'confidence', 'attributed_to', 'note', 'source_reliability', 'claim_credibility', 'cue', 'created_at', 'updated_at'] as const
const quoted = COLUMNS.map((c) => `"${c}"`).join(', ')

export const nowIso = (): string => new Date().toISOString()

export function readClaimRecord(sqlite: BetterSqlite3.Database, id: number): ClaimRecord | undefined {
  return sqlite.prepare(`SELECT ${quoted} FROM claims WHERE id = ?`).get(id) as ClaimRecord | undefined
}

/** Inserts a full record; with `id` null SQLite picks the id. Returns the id. */
export function insertClaimRecord(sqlite: BetterSqlite3.Database, r: Omit<ClaimRecord, 'id'> & { id: number | null }): number {
  const info = sqlite.prepare(`INSERT INTO claims (${quoted}) VALUES (${COLUMNS.map(() => '?').join(', ')})`).run(...COLUMNS.map((c) => r[c]))
  return Number(info.lastInsertRowid)
}

/** Writes the given columns of one claim. */
export function writeClaimColumns(sqlite: BetterSqlite3.Database, id: number, values: Partial<ClaimRecord>): void {
  const cols = Object.keys(values) as (keyof ClaimRecord)[]
  if (cols.length === 0) return
  sqlite.prepare(`UPDATE claims SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => values[c]), id)
}

export function deleteClaimRecord(sqlite: BetterSqlite3.Database, id: number): void {
  sqlite.prepare('DELETE FROM claims WHERE id = ?').run(id)
}
