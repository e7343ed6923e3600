import type { ClaimFields, ClaimRow } from '../../contract/claims.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import { quoteSelector, trimSpan, verifyAnchor } from '../anchor/anchor.ts'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'
import { writeTransaction, type Store } from '../db/store.ts'
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
import { groupSpeakers, type SpeakerEntry } from '../suggest/speaker-variants.ts'

export interface NewClaim extends Partial<ClaimFields> {
  articleId: number
  start: number
  end: number
  cue?: string | null
}

async function articleBody(db: Kysely<DB>, articleId: number): Promise<string> {
  const body = (await db.selectFrom('articles').select('body').where('id', '=', articleId).executeTakeFirst())?.body
  if (body === undefined) throw new WorkbenchError('not_found', `There is no article ${articleId}.`)
  return body
}

async function claimRowById(store: Store, id: number): Promise<ClaimRow> {
  const row = await store.ports.claims.one(store.db, id)
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

/** Creates one claim; the answer is read in the same transaction (a call right after it, an undo say, cannot come between). */
export function createClaim(store: Store, c: NewClaim): Promise<ClaimRow> {
  return writeTransaction(store, async (tx) => claimRowById(tx, (await createClaims(tx, [c]))[0]!))
}

/**
 * Creates several claims in one transaction (all or none). With more than one,
 * they form one step of the history: a single undo takes them all back.
 */
export function createClaims(store: Store, claims: NewClaim[]): Promise<number[]> {
  return writeTransaction(store, async ({ db: trx }) => {
    const batch = claims.length > 1 ? await newBatch(trx) : null
    const bodies = new Map<number, string>()
    const ids: number[] = []
    for (const c of claims) {
      if (!bodies.has(c.articleId)) bodies.set(c.articleId, await articleBody(trx, c.articleId))
      const record = newRecord(bodies.get(c.articleId)!, c)
      const id = await insertClaimRecord(trx, { ...record, id: null })
      await recordEdit(trx, 'create', null, { ...record, id }, batch)
      ids.push(id)
    }
    return ids
  })
}

export function updateClaim(store: Store, id: number, patch: Partial<ClaimFields>): Promise<ClaimRow> {
  return writeTransaction(store, async (tx) => {
    const trx = tx.db
    const before = await readClaimRecord(trx, id)
    if (!before) throw new WorkbenchError('not_found', `There is no claim ${id}.`)
    const values: Partial<ClaimRecord> = {}
    for (const [field, column] of Object.entries(FIELD_COLUMNS) as [keyof ClaimFields, keyof ClaimRecord][]) {
      if (patch[field] !== undefined && patch[field] !== before[column]) (values as Record<string, unknown>)[column] = patch[field]
    }
    if (Object.keys(values).length) {
      // (nothing changed: no history entry)
      values.updated_at = nowIso()
      await writeClaimColumns(trx, id, values)
      await recordEdit(trx, 'update', before, { ...before, ...values })
    }
    return claimRowById(tx, id)
  })
}

export async function deleteClaim(store: Store, id: number): Promise<{ id: number }> {
  await writeTransaction(store, async ({ db: trx }) => {
    const before = await readClaimRecord(trx, id)
    if (!before) throw new WorkbenchError('not_found', `There is no claim ${id}.`)
    await deleteClaimRecord(trx, id)
    await recordEdit(trx, 'delete', before, null)
  })
  return { id }
}

/** One article's claims, each checked against the text: moved anchors are re-found, lost ones marked orphaned. */
export async function articleClaims(store: Pick<Store, 'db' | 'ports'>, articleId: number, listed?: ClaimRow[]): Promise<ClaimRow[]> {
  const rows = listed ?? (await store.ports.claims.list(store.db, { articleId }))
  const body = await articleBody(store.db, articleId)
  return rows.map((r) => {
    const check = verifyAnchor(body, r)
    return check.status === 'orphaned' ? { ...r, anchor: 'orphaned' } : { ...r, start: check.start, end: check.end, anchor: check.status }
  })
}

/**
 * The speakers list: one entry per speaker, its stored variants joined (suggest/speaker-variants.ts, which
 * compares names by the speaker filter's fold, contract/text-fold.ts), most claims first.
 */
export async function speakers(db: Kysely<DB>): Promise<SpeakerEntry[]> {
  const forms = db
    .selectFrom('claims')
    .select((eb) => ['attributed_to as name', eb.fn.countAll<number>().as('claims')])
    .where('attributed_to', '<>', '')
    .groupBy('attributed_to')
  return groupSpeakers(await forms.execute())
}
