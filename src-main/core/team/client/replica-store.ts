import type { Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { TeamArticle, TeamEvent } from '../../../contract/team-events.ts'
import type { PulledEvent } from '../../../contract/team-sync.ts'
import type { DB } from '../../db/schema.ts'
import { contentHash } from '../../services/canonical-text.ts'
import { parseHlc, receive, serializeHlc } from '../hlc.ts'
import { applyEvent, isVisible, type ReplicaClaim } from '../replica.ts'
import { clockOf, drainChangesIn, eventRow } from './outbox.ts'
import { applyOwnFromOtherDevices, isOwnClaimEvent } from './own-devices.ts'

/** Applies events to the stored replica (team_claims): read the records, apply in memory, write back. Inside a transaction. */
export async function applyToReplica(trx: Kysely<DB>, events: readonly TeamEvent[]): Promise<void> {
  const uids = [...new Set(events.map((e) => e.claim).filter((u): u is string => u !== null))]
  if (uids.length === 0) return
  const records = new Map<string, ReplicaClaim>()
  for (let i = 0; i < uids.length; i += 500) {
    const rows = await trx
      .selectFrom('team_claims')
      .select(['uid', 'state'])
      .where('uid', 'in', uids.slice(i, i + 500))
      .execute()
    for (const r of rows) records.set(r.uid, JSON.parse(r.state) as ReplicaClaim)
  }
  const touched = new Set<string>()
  for (const e of events) {
    if (e.claim === null) continue
    const next = applyEvent(records.get(e.claim), e)
    if (next && next !== records.get(e.claim)) {
      records.set(e.claim, next)
      touched.add(e.claim)
    }
  }
  const rows = [...touched].map((uid) => {
    const r = records.get(uid)!
    return { uid, analyst: r.analyst, layer: r.layer, article_hash: r.article, visible: isVisible(r) ? 1 : 0, state: JSON.stringify(r) }
  })
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('team_claims')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column('uid').doUpdateSet((eb) => ({
          analyst: eb.ref('excluded.analyst'),
          visible: eb.ref('excluded.visible'),
          state: eb.ref('excluded.state')
        }))
      )
      .execute()
  }
}

/** Adds articles that arrived with a pull (each checked against its hash); ones already here are kept as they are. */
async function addArticles(trx: Kysely<DB>, articles: readonly TeamArticle[]): Promise<void> {
  for (const a of articles) {
    if (contentHash(a.body) !== a.hash)
      throw new WorkbenchError(
        'rejected',
        `The team server sent article “${a.title.slice(0, 60)}” with text that does not match its hash; nothing was stored.`
      )
    await trx
      .insertInto('articles')
      .values({
        title: a.title,
        body: a.body,
        content_hash: a.hash,
        source: a.source,
        url: a.url,
        published: a.published,
        format: a.format,
        file_name: null
      })
      .onConflict((oc) => oc.column('content_hash').doNothing())
      .execute()
    await trx
      .insertInto('team_shared_articles')
      .values({ hash: a.hash })
      .onConflict((oc) => oc.column('hash').doNothing())
      .execute()
  }
}

/**
 * Stores one pulled page in one transaction: its articles, its events (an event
 * already here is skipped: applying is idempotent anyway), the replica, the
 * clock, and the cursor. A crash leaves the page wholly stored or not at all, and
 * the next pull asks again from the old cursor. Returns how many events were new.
 */
export async function storePulledPage(
  trx: Kysely<DB>,
  events: readonly PulledEvent[],
  articles: readonly TeamArticle[],
  cursor: number
): Promise<number> {
  await drainChangesIn(trx) // edits captured since the push are events now: the merge of own claims below weighs them
  const link = await trx.selectFrom('team_link').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  await addArticles(trx, articles)
  const fresh: PulledEvent[] = []
  for (let i = 0; i < events.length; i += 500) {
    const chunk = events.slice(i, i + 500)
    const rows = chunk.map((e) => eventRow(e, 1, e.seq))
    const inserted = new Set(
      (
        await trx
          .insertInto('team_events')
          .values(rows)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute()
      ).map((r) => r.id)
    )
    fresh.push(...chunk.filter((e) => inserted.has(e.id)))
  }
  // this analyst's claims from another device are theirs to edit here; the replica holds everyone else's
  await applyOwnFromOtherDevices(
    trx,
    fresh.filter((e) => isOwnClaimEvent(e, link.analyst)).map((e) => e.claim!)
  )
  await applyToReplica(
    trx,
    fresh.filter((e) => !isOwnClaimEvent(e, link.analyst))
  )
  let clock = clockOf(link)
  const now = Date.now()
  for (const e of fresh) {
    const remote = parseHlc(e.hlc)
    if (remote) clock = receive(clock, remote, now)
  }
  await trx
    .updateTable('team_link')
    .set({ cursor, clock: serializeHlc(clock) })
    .where('id', '=', 1)
    .execute()
  return fresh.length
}
