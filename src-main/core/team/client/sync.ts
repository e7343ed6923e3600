import type { Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { TeamArticle } from '../../../contract/team-events.ts'
import { TEAM_PROTOCOL, type TeamCallName, type TeamInputOf, type TeamOutputOf } from '../../../contract/team-sync.ts'
import type { DB } from '../../db/schema.ts'
import { immediateTransaction } from '../../db/sqlite/immediate.ts'
import { latestTeamVersion } from '../../db/postgres/team-migrate.ts'
import { readLink, recordSyncResult, requireLink } from './link.ts'
import { drainChanges, drainChangesIn, eventOfRow } from './outbox.ts'
import { adoptOwnFromReplica } from './own-devices.ts'
import { storePulledPage } from './replica-store.ts'

/** The team server as the core sees it: one typed call at a time (transports/team-client.ts speaks HTTP). */
export interface TeamRemote {
  call<N extends TeamCallName>(name: N, input: TeamInputOf<N>): Promise<TeamOutputOf<N>>
}
export type TeamRemoteFactory = (url: string, token: string) => TeamRemote

/** Events per push and per pulled page (WORKBENCH_SYNC_BATCH changes both: the fault tests use small ones to stop a sync between steps). */
const batchSize = (): number => Math.min(2000, Math.max(1, Number(process.env.WORKBENCH_SYNC_BATCH) || 500))

/** Checks the server speaks this build's protocol and schema; returns what it says about the team. */
export async function greet(remote: TeamRemote, url: string): Promise<TeamOutputOf<'team.hello'>> {
  const hello = await remote.call('team.hello', {})
  const known = latestTeamVersion()
  if (hello.protocol > TEAM_PROTOCOL || hello.schemaVersion > known) {
    throw new WorkbenchError(
      'db_newer',
      `The team server at ${url} runs a newer schema (team schema ${hello.schemaVersion}, protocol ${hello.protocol}) than this workbench knows ` +
        `(${known}, protocol ${TEAM_PROTOCOL}). Update the workbench to sync; your work here is kept.`
    )
  }
  return hello
}

/**
 * Of the articles deleted here before their text ever reached the server, the
 * ones the server has no text for either. Their claims were deleted with them
 * (a create and a delete, nothing left), so their events stay home: without
 * this, the server would refuse every push from now on.
 */
async function withoutText(remote: TeamRemote, hashes: string[]): Promise<Set<string>> {
  const known = new Set<string>()
  for (let i = 0; i < hashes.length; i += 200)
    for (const a of await remote.call('team.articles', { hashes: hashes.slice(i, i + 200) })) known.add(a.hash)
  return new Set(hashes.filter((h) => !known.has(h)))
}

async function pushAll(db: Kysely<DB>, remote: TeamRemote): Promise<number> {
  let pushed = 0
  for (;;) {
    const rows = await db.selectFrom('team_events').selectAll().where('pushed', '=', 0).orderBy('hlc').limit(batchSize()).execute()
    if (rows.length === 0) return pushed
    const events = rows.map(eventOfRow)
    const hashes = [...new Set(events.map((e) => e.article))]
    const shared = new Set(
      (await db.selectFrom('team_shared_articles').select('hash').where('hash', 'in', hashes).execute()).map((r) => r.hash)
    )
    const unshared = hashes.filter((h) => !shared.has(h))
    const articles = unshared.length
      ? ((await db
          .selectFrom('articles')
          .select(['content_hash as hash', 'title', 'body', 'source', 'url', 'published', 'format'])
          .where('content_hash', 'in', unshared)
          .execute()) as TeamArticle[])
      : []
    const gone = unshared.filter((h) => !articles.some((a) => a.hash === h))
    const unknown = gone.length ? await withoutText(remote, gone) : new Set<string>()
    // The server has them now. Were this process killed here, the next push resends them and the server counts them as known.
    const sent = events.filter((e) => !unknown.has(e.article))
    await remote.call('team.push', { events: sent, articles })
    await immediateTransaction(db, async (trx) => {
      await trx
        .updateTable('team_events')
        .set({ pushed: 1 })
        .where(
          'id',
          'in',
          rows.map((r) => r.id)
        )
        .execute()
      for (const a of articles)
        await trx
          .insertInto('team_shared_articles')
          .values({ hash: a.hash })
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute()
    })
    pushed += sent.length
  }
}

async function pullAll(db: Kysely<DB>, remote: TeamRemote): Promise<number> {
  let pulled = 0
  await immediateTransaction(db, async (trx) => {
    await drainChangesIn(trx)
    await adoptOwnFromReplica(trx, (await requireLink(trx)).analyst)
  })
  for (;;) {
    const link = await requireLink(db)
    const page = await remote.call('team.pull', { cursor: link.cursor, limit: batchSize(), device: link.device })
    const hashes = [...new Set(page.events.map((e) => e.article))]
    const here = new Set(
      hashes.length
        ? (await db.selectFrom('articles').select('content_hash').where('content_hash', 'in', hashes).execute()).map((r) => r.content_hash)
        : []
    )
    const missing = hashes.filter((h) => !here.has(h))
    const articles: TeamArticle[] = []
    for (let i = 0; i < missing.length; i += 200)
      articles.push(...(await remote.call('team.articles', { hashes: missing.slice(i, i + 200) })))
    pulled += await immediateTransaction(db, (trx) => storePulledPage(trx, page.events, articles, page.cursor))
    if (!page.more) return pulled
  }
}

/**
 * One sync: this analyst's captured changes become events, the outbox is pushed
 * (in batches; idempotent on the server), then everyone else's events are
 * pulled page by page from the cursor. Interrupted anywhere, nothing is lost or
 * doubled: the next sync resends what the server may lack and asks again from
 * the last stored cursor. The outcome (time or error) is kept for the app.
 */
export async function syncTeam(db: Kysely<DB>, remoteFor: TeamRemoteFactory): Promise<{ pushed: number; pulled: number }> {
  const link = await requireLink(db)
  const remote = remoteFor(link.url, link.token)
  try {
    await drainChanges(db)
    const hello = await greet(remote, link.url)
    await db
      .updateTable('team_link')
      .set({ blind: hello.blind ? 1 : 0, analysts: JSON.stringify(hello.analysts) })
      .where('id', '=', 1)
      .execute()
    const pushed = await pushAll(db, remote)
    const pulled = await pullAll(db, remote)
    await recordSyncResult(db, null)
    return { pushed, pulled }
  } catch (err) {
    if (await readLink(db)) await recordSyncResult(db, (err as Error).message).catch(() => undefined)
    throw err
  }
}
