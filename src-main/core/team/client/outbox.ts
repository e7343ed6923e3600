import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { EventBody, TeamEvent } from '../../../contract/team-events.ts'
import type { DB } from '../../db/schema.ts'
import { immediateTransaction } from '../../db/sqlite/immediate.ts'
import { newClock, parseHlc, serializeHlc, tick, type Hlc } from '../hlc.ts'
import type { TeamLink } from './link.ts'
import { applyToReplica } from './replica-store.ts'

interface Judgment {
  confidence: 'evidence' | 'assess' | 'do not yet know' | null
  attributedTo: string
  note: string
  sourceReliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | null
  claimCredibility: number | null
}
type Created = Extract<EventBody, { kind: 'claim.created' }>['payload']

/** The events one captured change stands for: a create, a delete, or one event per judgment that changed. */
function bodiesOf(op: 'insert' | 'update' | 'delete', after: string | null, before: string | null): EventBody[] {
  if (op === 'insert') return [{ kind: 'claim.created', payload: JSON.parse(after!) as Created }]
  if (op === 'delete') return [{ kind: 'claim.deleted', payload: {} }]
  const a = JSON.parse(after!) as Judgment
  const b = JSON.parse(before!) as Judgment
  const out: EventBody[] = []
  if (a.confidence !== b.confidence) out.push({ kind: 'claim.retagged', payload: { confidence: a.confidence } })
  if (a.attributedTo !== b.attributedTo) out.push({ kind: 'claim.attributed', payload: { attributedTo: a.attributedTo } })
  if (a.note !== b.note) out.push({ kind: 'claim.noted', payload: { note: a.note } })
  if (a.sourceReliability !== b.sourceReliability || a.claimCredibility !== b.claimCredibility) {
    out.push({ kind: 'claim.graded', payload: { sourceReliability: a.sourceReliability, claimCredibility: a.claimCredibility } })
  }
  return out
}

export const newEventId = (): string => randomBytes(16).toString('hex')

export const clockOf = (link: Pick<TeamLink, 'clock' | 'device'>): Hlc =>
  (link.clock ? parseHlc(link.clock) : null) ?? newClock(link.device)

/** An event as the local log stores it: own events wait with pushed = 0, pulled ones carry the server's seq. */
export const eventRow = (e: TeamEvent, pushed: 0 | 1, seq: number | null = null) => ({
  id: e.id,
  seq,
  analyst: e.analyst,
  device: e.device,
  hlc: e.hlc,
  article_hash: e.article,
  claim: e.claim,
  kind: e.kind,
  payload: JSON.stringify(e.payload),
  pushed
})

/** Writes own events into the log (the outbox: pushed = 0) and moves the clock; call inside a transaction. */
export async function appendOwnEvents(trx: Kysely<DB>, events: TeamEvent[], clock: Hlc): Promise<void> {
  for (let i = 0; i < events.length; i += 500) {
    const rows = events.slice(i, i + 500).map((e) => eventRow(e, 0))
    await trx.insertInto('team_events').values(rows).execute()
  }
  await trx
    .updateTable('team_link')
    .set({ clock: serializeHlc(clock) })
    .where('id', '=', 1)
    .execute()
}

/**
 * Turns the changes the triggers captured into this analyst's judgment events,
 * in the order they happened, each stamped by the clock (the change's own time
 * is the wall-clock input, so a late sync does not reorder them). The changes go
 * and the events come in one transaction: a crash leaves one or the other.
 */
export async function drainChanges(db: Kysely<DB>): Promise<number> {
  return immediateTransaction(db, drainChangesIn)
}

/** drainChanges inside a transaction the caller holds (a pull drains first, so no captured edit is overwritten unseen). */
export async function drainChangesIn(trx: Kysely<DB>): Promise<number> {
  const link = await trx.selectFrom('team_link').selectAll().where('id', '=', 1).executeTakeFirst()
  if (!link) return 0
  const changes = await trx.selectFrom('team_changes').selectAll().orderBy('id').execute()
  if (changes.length === 0) return 0
  let clock = clockOf(link)
  const events: TeamEvent[] = []
  for (const c of changes) {
    for (const body of bodiesOf(c.op, c.after, c.before)) {
      clock = tick(clock, Math.max(Date.parse(c.at) || 0, 0))
      events.push({
        id: newEventId(),
        analyst: link.analyst,
        device: link.device,
        hlc: serializeHlc(clock),
        article: c.article_hash,
        claim: c.uid,
        ...body
      } as TeamEvent)
    }
  }
  await appendOwnEvents(trx, events, clock)
  await trx.deleteFrom('team_changes').where('id', '<=', changes.at(-1)!.id).execute()
  return events.length
}

/** A new own event stamped now (article done, adjudications): appended to the outbox at once. */
export async function recordOwnEvent(
  db: Kysely<DB>,
  make: (stamp: { id: string; analyst: string; device: string; hlc: string }) => TeamEvent
): Promise<TeamEvent> {
  return immediateTransaction(db, async (trx) => {
    const link = await trx.selectFrom('team_link').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
    const clock = tick(clockOf(link), Date.now())
    const event = make({ id: newEventId(), analyst: link.analyst, device: link.device, hlc: serializeHlc(clock) })
    await appendOwnEvents(trx, [event], clock)
    await applyToReplica(trx, [event]) // adjudications show here at once, before any sync
    return event
  })
}
