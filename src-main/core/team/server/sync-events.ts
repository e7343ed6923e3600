import { sql, type Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { TeamArticle, TeamEvent } from '../../../contract/team-events.ts'
import type { PulledEvent } from '../../../contract/team-sync.ts'
import type { TeamDB } from '../../db/postgres/team-schema.ts'
import { contentHash } from '../../services/canonical-text.ts'
import { isBlind, type Analyst } from './analysts.ts'

/** One lock id for "appending to the event log": seq order is commit order, so a pull cursor never skips an event. */
const APPEND_LOCK = 716_160_002

/**
 * Stores pushed events and the articles they are about, in one transaction.
 * Idempotent: an event already stored (same id) is counted as known, never
 * stored twice, so a push retried after a lost answer is harmless. The whole
 * push is refused, writing nothing, when any event is not the caller's own or an
 * article's text does not match its hash.
 */
export async function pushEvents(
  db: Kysely<TeamDB>,
  analyst: Analyst,
  events: TeamEvent[],
  articles: TeamArticle[]
): Promise<{ accepted: number; known: number }> {
  const foreign = events.find((e) => e.analyst !== analyst.name)
  if (foreign)
    throw new WorkbenchError('unauthorized', `Refused: event ${foreign.id} is ${foreign.analyst}'s, and this token is ${analyst.name}'s.`)
  const badText = articles.find((a) => contentHash(a.body) !== a.hash)
  if (badText)
    throw new WorkbenchError(
      'rejected',
      `Refused: the text sent for article ${badText.hash.slice(0, 12)}… (“${badText.title.slice(0, 60)}”) does not match its hash.`
    )
  if (events.length === 0 && articles.length === 0) return { accepted: 0, known: 0 }
  return db.transaction().execute(async (trx) => {
    // raw SQL: PostgreSQL's advisory lock (appends in sequence order) has no builder form
    await sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`.execute(trx)
    if (articles.length) {
      await trx
        .insertInto('articles')
        .values(
          articles.map((a) => ({
            hash: a.hash,
            title: a.title,
            body: a.body,
            source: a.source,
            url: a.url,
            published: a.published,
            format: a.format,
            shared_by: analyst.id
          }))
        )
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute()
    }
    const hashes = [...new Set(events.map((e) => e.article))]
    if (hashes.length) {
      const present = new Set((await trx.selectFrom('articles').select('hash').where('hash', 'in', hashes).execute()).map((r) => r.hash))
      const missing = hashes.find((h) => !present.has(h))
      if (missing)
        throw new WorkbenchError(
          'rejected',
          `Refused: events refer to article ${missing.slice(0, 12)}…, which the server does not have; push its text with them.`
        )
    }
    let accepted = 0
    for (let i = 0; i < events.length; i += 1000) {
      const rows = events.slice(i, i + 1000).map((e) => ({
        id: e.id,
        analyst_id: analyst.id,
        device: e.device,
        hlc: e.hlc,
        article_hash: e.article,
        claim: e.claim,
        kind: e.kind,
        payload: JSON.stringify(e.payload)
      }))
      const inserted = await trx
        .insertInto('events')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute()
      accepted += inserted.length
    }
    return { accepted, known: events.length - accepted }
  })
}

interface EventRow {
  seq: string | number
  id: string
  name: string
  analyst_id: number
  device: string
  hlc: string
  article_hash: string
  claim: string | null
  kind: string
  payload: unknown
}

const toEvent = (r: EventRow): PulledEvent =>
  ({
    seq: Number(r.seq),
    id: r.id,
    analyst: r.name,
    device: r.device,
    hlc: r.hlc,
    article: r.article_hash,
    claim: r.claim,
    kind: r.kind,
    payload: r.payload
  }) as PulledEvent

const eventsQuery = (db: Kysely<TeamDB>) =>
  db
    .selectFrom('events as e')
    .innerJoin('analysts as a', 'a.id', 'e.analyst_id')
    .select(['e.seq', 'e.id', 'a.name', 'e.analyst_id', 'e.device', 'e.hlc', 'e.article_hash', 'e.claim', 'e.kind', 'e.payload'])

/**
 * The events after `cursor` in the server's order, a page at a time, leaving out
 * the pulling device's own. In blind mode another analyst's events on an article
 * are held back until the puller has marked that article done; the pull that
 * carries the puller's done mark also carries everything held back for it.
 */
export async function pullEvents(
  db: Kysely<TeamDB>,
  analyst: Analyst,
  cursor: number,
  limit: number,
  device?: string
): Promise<{ events: PulledEvent[]; cursor: number; more: boolean }> {
  const page = (await eventsQuery(db)
    .where('e.seq', '>', String(cursor) as never)
    .orderBy('e.seq')
    .limit(limit + 1)
    .execute()) as EventRow[]
  const more = page.length > limit
  const rows = page.slice(0, limit)
  const next = rows.length ? Number(rows.at(-1)!.seq) : cursor
  let visible = rows
  let released: EventRow[] = []
  if (await isBlind(db)) {
    const done = await db
      .selectFrom('events')
      .select(['article_hash', 'seq'])
      .where('analyst_id', '=', analyst.id)
      .where('kind', '=', 'article.done')
      .where('seq', '<=', String(next) as never)
      .execute()
    const doneAt = new Map(done.map((d) => [d.article_hash, Number(d.seq)]))
    visible = rows.filter((r) => r.analyst_id === analyst.id || doneAt.has(r.article_hash))
    const newlyDone = [...doneAt].filter(([, seq]) => seq > cursor).map(([hash]) => hash)
    if (newlyDone.length && cursor > 0) {
      released = (await eventsQuery(db)
        .where('e.article_hash', 'in', newlyDone)
        .where('e.analyst_id', '<>', analyst.id)
        .where('e.seq', '<=', String(cursor) as never)
        .orderBy('e.seq')
        .execute()) as EventRow[]
    }
  }
  const events = [...released, ...visible]
    .filter((r) => device === undefined || !(r.analyst_id === analyst.id && r.device === device))
    .map(toEvent)
  return { events, cursor: next, more }
}

export async function teamArticles(db: Kysely<TeamDB>, hashes: string[]): Promise<TeamArticle[]> {
  if (hashes.length === 0) return []
  const rows = await db
    .selectFrom('articles')
    .select(['hash', 'title', 'body', 'source', 'url', 'published', 'format'])
    .where('hash', 'in', hashes)
    .execute()
  return rows as TeamArticle[]
}
