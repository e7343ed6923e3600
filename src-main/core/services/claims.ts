import type { ClaimFields, ClaimRow } from '../../contract/claims.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import { quoteSelector, trimSpan, verifyAnchor } from '../anchor/anchor.ts'
import type { Database } from '../db/open.ts'
import { allRows, firstRow, sqliteQueries as q } from '../db/sqlite/run-sync.ts'
import { newBatch, recordEdit } from './claim-history.ts'
import {
  FIELD_COLUMNS,
  deleteClaimRecord,
  insertClaimRecord,
  nowIso,
  readClaimRecord,
  writeClaimColumns,
  type ClaimRecord
} from './claim-record.ts'
import { claimRowOf, listClaims } from '../db/sqlite/claim-query.ts'
import { groupSpeakers, type SpeakerEntry } from '../suggest/speaker-variants.ts'

export interface NewClaim extends Partial<ClaimFields> {
  articleId: number
  start: number
  end: number
  cue?: string | null
}

function articleBody({ sqlite }: Database, articleId: number): string {
  const body = firstRow(sqlite, q.selectFrom('articles').select('body').where('id', '=', articleId))?.body
  if (body === undefined) throw new WorkbenchError('not_found', `There is no article ${articleId}.`)
  return body
}

function claimRowById(database: Database, id: number): ClaimRow {
  const row = claimRowOf(database.sqlite, id)
  if (!row) throw new WorkbenchError('not_found', `There is no claim ${id}.`)
  return row
}

/** Builds the stored record for a new claim; the span is trimmed and checked against the body. */
function newRecord(body: string, c: NewClaim): Omit<ClaimRecord, 'id'> {
  if (c.end > body.length)
    throw new WorkbenchError('invalid_input', `The span ${c.start}–${c.end} runs past the end of the article (${body.length} characters).`)
  const span = trimSpan(body, c.start, c.end)
  if (!span) throw new WorkbenchError('invalid_input', 'A claim needs some text: the selection is blank.')
  const now = nowIso()
  return {
    article_id: c.articleId,
    start: span.start,
    end: span.end,
    ...quoteSelector(body, span.start, span.end),
    confidence: c.confidence ?? null,
    attributed_to: c.attributedTo ?? '',
    note: c.note ?? '',
    source_reliability: c.sourceReliability ?? null,
    claim_credibility: c.claimCredibility ?? null,
    cue: c.cue ?? null,
    created_at: now,
    updated_at: now
  }
}

export function createClaim(database: Database, c: NewClaim): ClaimRow {
  const id = createClaims(database, [c])[0]!
  return claimRowById(database, id)
}

/**
 * Creates several claims in one transaction (all or none). With more than one,
 * they form one step of the history: a single undo takes them all back.
 */
export function createClaims(database: Database, claims: NewClaim[]): number[] {
  const { sqlite } = database
  return sqlite
    .transaction(() => {
      const batch = claims.length > 1 ? newBatch(sqlite) : null
      const bodies = new Map<number, string>()
      return claims.map((c) => {
        if (!bodies.has(c.articleId)) bodies.set(c.articleId, articleBody(database, c.articleId))
        const record = newRecord(bodies.get(c.articleId)!, c)
        const id = insertClaimRecord(sqlite, { ...record, id: null })
        recordEdit(sqlite, 'create', null, { ...record, id }, batch)
        return id
      })
    })
    .immediate()
}

export function updateClaim(database: Database, id: number, patch: Partial<ClaimFields>): ClaimRow {
  const { sqlite } = database
  sqlite
    .transaction(() => {
      const before = readClaimRecord(sqlite, id)
      if (!before) throw new WorkbenchError('not_found', `There is no claim ${id}.`)
      const values: Partial<ClaimRecord> = {}
      for (const [field, column] of Object.entries(FIELD_COLUMNS) as [keyof ClaimFields, keyof ClaimRecord][]) {
        if (patch[field] !== undefined && patch[field] !== before[column]) (values as Record<string, unknown>)[column] = patch[field]
      }
      if (Object.keys(values).length === 0) return // nothing changed: no history entry
      values.updated_at = nowIso()
      writeClaimColumns(sqlite, id, values)
      recordEdit(sqlite, 'update', before, { ...before, ...values })
    })
    .immediate()
  return claimRowById(database, id)
}

export function deleteClaim(database: Database, id: number): { id: number } {
  const { sqlite } = database
  sqlite
    .transaction(() => {
      const before = readClaimRecord(sqlite, id)
      if (!before) throw new WorkbenchError('not_found', `There is no claim ${id}.`)
      deleteClaimRecord(sqlite, id)
      recordEdit(sqlite, 'delete', before, null)
    })
    .immediate()
  return { id }
}

/** One article's claims, each checked against the text: moved anchors are re-found, lost ones marked orphaned. */
export function articleClaims(database: Database, articleId: number, rows: ClaimRow[] = listClaims(database, { articleId })): ClaimRow[] {
  const body = articleBody(database, articleId)
  return rows.map((r) => {
    const check = verifyAnchor(body, r)
    return check.status === 'orphaned' ? { ...r, anchor: 'orphaned' } : { ...r, start: check.start, end: check.end, anchor: check.status }
  })
}

/**
 * The speakers list: one entry per speaker, its stored variants joined (suggest/speaker-variants.ts, which
 * compares names by the speaker filter's fold, contract/text-fold.ts), most claims first.
 */
export function speakers({ sqlite }: Database): SpeakerEntry[] {
  const forms = q
    .selectFrom('claims')
    .select((eb) => ['attributed_to as name', eb.fn.countAll<number>().as('claims')])
    .where('attributed_to', '<>', '')
    .groupBy('attributed_to')
  return groupSpeakers(allRows(sqlite, forms))
}
