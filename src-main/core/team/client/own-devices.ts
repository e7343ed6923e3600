import type { Kysely } from 'kysely'
import type { TeamEvent } from '../../../contract/team-events.ts'
import type { DB } from '../../db/schema.ts'
import { applyAll, isVisible, type ReplicaClaim } from '../replica.ts'
import { eventOfRow } from './outbox.ts'

/** The events that are about this analyst's own claims (made on another of their devices). */
export const isOwnClaimEvent = (e: TeamEvent, me: string): boolean => e.analyst === me && e.claim !== null && e.kind.startsWith('claim.')

/**
 * Each claim's current value, merged from every event about it stored here: this
 * device's own and the pulled ones (a chunk of claims per query: team_events has
 * no index by claim, so one pass over it per chunk, not per claim).
 */
async function mergedAll(trx: Kysely<DB>, uids: readonly string[]): Promise<Map<string, ReplicaClaim>> {
  const records = new Map<string, ReplicaClaim>()
  for (let i = 0; i < uids.length; i += 500) {
    const rows = await trx
      .selectFrom('team_events')
      .selectAll()
      .where('claim', 'in', uids.slice(i, i + 500))
      .execute()
    applyAll(records, rows.map(eventOfRow))
  }
  return records
}

const fieldsOf = (r: ReplicaClaim) => ({
  start: r.start,
  end: r.end,
  quote: r.quote,
  prefix: r.prefix,
  suffix: r.suffix,
  confidence: r.confidence as DB['claims']['confidence'],
  attributed_to: r.attributedTo,
  note: r.note,
  source_reliability: r.sourceReliability,
  claim_credibility: r.claimCredibility
})

/**
 * The same analyst on two devices: their claims made (or changed, or deleted) on
 * the other device become their own editable claims here, under the same uid, so
 * either laptop carries on the work. Each claim takes its value from every event
 * about it from both devices (the latest stamp per field, a deletion final: the
 * replica's rules), so two devices that edited it apart end alike.
 *
 * Call inside the pull's transaction, after this device's captured changes were
 * turned into events (they are part of the merge). Writing the claims fires the
 * capture triggers, which would echo the change back as this device's own; those
 * captured rows (all rows after `before` in this transaction) are dropped, and the
 * uid the insert trigger gives a new row is set back to the claim's own.
 */
export async function applyOwnFromOtherDevices(trx: Kysely<DB>, uids: readonly string[]): Promise<void> {
  if (uids.length === 0) return
  const before =
    (
      await trx
        .selectFrom('team_changes')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
    )?.id ?? 0
  const unique = [...new Set(uids)]
  const records = await mergedAll(trx, unique)
  const locals = new Map<string, Awaited<ReturnType<typeof localClaims>>[number]>()
  for (let i = 0; i < unique.length; i += 500) for (const c of await localClaims(trx, unique.slice(i, i + 500))) locals.set(c.uid!, c)
  const hashes = [...new Set([...records.values()].map((r) => r.article))]
  const articleIds = new Map<string, number>()
  for (let i = 0; i < hashes.length; i += 500) {
    const rows = await trx
      .selectFrom('articles')
      .select(['id', 'content_hash'])
      .where('content_hash', 'in', hashes.slice(i, i + 500))
      .execute()
    for (const a of rows) articleIds.set(a.content_hash, a.id)
  }
  for (const uid of unique) {
    const r = records.get(uid)
    const local = locals.get(uid)
    if (!r || !isVisible(r)) {
      if (local && r?.deleted) await trx.deleteFrom('claims').where('id', '=', local.id).execute()
      continue
    }
    const next = fieldsOf(r)
    if (local) {
      const { id, uid: _, ...now } = local
      if (Object.entries(next).some(([k, v]) => now[k as keyof typeof now] !== v))
        await trx
          .updateTable('claims')
          .set({ ...next, updated_at: new Date().toISOString() })
          .where('id', '=', id)
          .execute()
      continue
    }
    const article = articleIds.get(r.article)
    if (article === undefined) continue // the pull brings every article its events name; one missing here was deleted in this same page
    const row = await trx
      .insertInto('claims')
      .values({ article_id: article, ...next })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.updateTable('claims').set({ uid }).where('id', '=', row.id).execute()
  }
  await trx.deleteFrom('team_changes').where('id', '>', Number(before)).execute()
}

const localClaims = (trx: Kysely<DB>, uids: string[]) =>
  trx
    .selectFrom('claims')
    .select(['id', 'uid', 'start', 'end', 'quote', 'prefix', 'suffix', 'confidence', 'attributed_to', 'note'])
    .select(['source_reliability', 'claim_credibility'])
    .where('uid', 'in', uids)
    .execute()

/**
 * Databases that pulled their analyst's claims from another device before those
 * became own claims here kept them in the others' layer (team_claims, analyst =
 * this analyst), where nothing shows them. They are moved over once: made own
 * claims by the same rules, and their replica rows dropped. Inside a transaction.
 */
export async function adoptOwnFromReplica(trx: Kysely<DB>, me: string): Promise<number> {
  const rows = await trx.selectFrom('team_claims').select('uid').where('analyst', '=', me).where('layer', '=', 'analyst').execute()
  if (rows.length === 0) return 0
  const uids = rows.map((r) => r.uid)
  await applyOwnFromOtherDevices(trx, uids)
  for (let i = 0; i < uids.length; i += 500)
    await trx
      .deleteFrom('team_claims')
      .where('uid', 'in', uids.slice(i, i + 500))
      .execute()
  return uids.length
}
