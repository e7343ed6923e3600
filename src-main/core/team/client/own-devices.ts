import type { Kysely } from 'kysely'
import type { TeamEvent } from '../../../contract/team-events.ts'
import type { DB } from '../../db/schema.ts'
import { applyAll, isVisible, type ReplicaClaim } from '../replica.ts'

/** The events that are about this analyst's own claims (made on another of their devices). */
export const isOwnClaimEvent = (e: TeamEvent, me: string): boolean => e.analyst === me && e.claim !== null && e.kind.startsWith('claim.')

/** A claim's current value, merged from every event about it stored here: this device's own and the pulled ones. */
async function merged(trx: Kysely<DB>, uid: string): Promise<ReplicaClaim | undefined> {
  const rows = await trx.selectFrom('team_events').selectAll().where('claim', '=', uid).execute()
  const events = rows.map(
    (r) =>
      ({
        id: r.id,
        analyst: r.analyst,
        device: r.device,
        hlc: r.hlc,
        article: r.article_hash,
        claim: r.claim,
        kind: r.kind,
        payload: JSON.parse(r.payload)
      }) as TeamEvent
  )
  return applyAll(new Map(), events).get(uid)
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
  const before = (await trx.selectFrom('team_changes').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0
  for (const uid of new Set(uids)) {
    const r = await merged(trx, uid)
    const local = await trx
      .selectFrom('claims')
      .select(['id', 'start', 'end', 'quote', 'prefix', 'suffix', 'confidence', 'attributed_to', 'note', 'source_reliability', 'claim_credibility'])
      .where('uid', '=', uid)
      .executeTakeFirst()
    if (!r || !isVisible(r)) {
      if (local && r?.deleted) await trx.deleteFrom('claims').where('id', '=', local.id).execute()
      continue
    }
    if (local) {
      const next = fieldsOf(r)
      const { id, ...now } = local
      if (Object.entries(next).some(([k, v]) => now[k as keyof typeof now] !== v))
        await trx
          .updateTable('claims')
          .set({ ...next, updated_at: new Date().toISOString() })
          .where('id', '=', id)
          .execute()
      continue
    }
    const article = await trx.selectFrom('articles').select('id').where('content_hash', '=', r.article).executeTakeFirst()
    if (!article) continue // the pull brings every article its events name; one missing here was deleted in this same page
    const row = await trx
      .insertInto('claims')
      .values({ article_id: article.id, ...fieldsOf(r) })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.updateTable('claims').set({ uid }).where('id', '=', row.id).execute()
  }
  await trx.deleteFrom('team_changes').where('id', '>', Number(before)).execute()
}
