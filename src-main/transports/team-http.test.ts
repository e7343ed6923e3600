import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Envelope } from '../contract/errors.ts'
import { startTeamHttpServer, type TeamHttpServer } from './team-http.ts'
import { openTeamDatabase, type TeamDatabase } from '../core/db/postgres/open-team.ts'
import { latestTeamVersion, migrateTeam, teamSchemaVersion } from '../core/db/postgres/team-migrate.ts'
import { usePgDatabase } from '../core/testing/pg-shared.ts'
import { createdEvent, doneEvent, teamArticle } from '../core/team/testing/team-fixtures.ts'
import { addAnalyst, revokeAnalyst, setBlind } from '../core/team/server/analysts.ts'
import { createTeamDispatcher } from '../core/team/server/team-dispatch.ts'

const pgdb = usePgDatabase()
let team: TeamDatabase
let server: TeamHttpServer
let ana: string
let ben: string
const DEV_A = 'aaaaaaaaaaaaaaaa'
const DEV_B = 'bbbbbbbbbbbbbbbb'

async function call<T>(token: string | undefined, name: string, input: unknown): Promise<{ status: number; body: Envelope<T> }> {
  const res = await fetch(`${server.url}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input)
  })
  return { status: res.status, body: (await res.json()) as Envelope<T> }
}
const value = <T>(r: { body: Envelope<T> }): T => {
  if (!r.body.ok) throw new Error(r.body.error.message)
  return r.body.value
}
const eventCount = async (): Promise<number> =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(team.db)).rows[0]!.n)

beforeAll(async () => {
  team = openTeamDatabase(pgdb.url())
  await migrateTeam(team.db, team.shown)
  ana = (await addAnalyst(team.db, 'ana')).token
  ben = (await addAnalyst(team.db, 'ben')).token
  server = await startTeamHttpServer({ dispatch: createTeamDispatcher(team) })
})
afterAll(async () => {
  await server?.close()
  await team?.close()
})

const report = teamArticle(
  'Officials said the convoy crossed at dawn. We assess the strike was deliberate. It is unclear who ordered it.',
  'Convoy'
)

describe('the team server', () => {
  it('migrates once (a second init changes nothing) and stores only a hash of each token', async () => {
    expect(await migrateTeam(team.db, team.shown)).toEqual({ from: latestTeamVersion(), to: latestTeamVersion() })
    const rows = await team.db.selectFrom('analysts').select(['name', 'token_hash']).execute()
    expect(rows.map((r) => r.name).sort()).toEqual(['ana', 'ben'])
    expect(rows.every((r) => r.token_hash !== ana && r.token_hash !== ben && /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true)
  })

  it('refuses a wrong token and writes nothing', async () => {
    const before = await eventCount()
    const r = await call('wrong-token', 'team.push', { events: [createdEvent('ana', DEV_A, report, 0, 10)], articles: [report] })
    expect(r.status).toBe(401)
    expect(r.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect((await call(undefined, 'team.hello', {})).status).toBe(401)
    expect(await eventCount()).toBe(before)
    expect(await team.db.selectFrom('articles').select('hash').execute()).toEqual([])
  })

  it("refuses events in another analyst's name", async () => {
    const r = await call(ben, 'team.push', { events: [createdEvent('ana', DEV_B, report, 0, 10)], articles: [report] })
    expect(r.body).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringContaining("this token is ben's") } })
  })

  it("stores a push once however often it is retried, and pulls it in order, without the pulling device's own events", async () => {
    const events = [createdEvent('ana', DEV_A, report, 0, 41, 'evidence'), createdEvent('ana', DEV_A, report, 42, 79, 'assess')]
    expect(value(await call(ana, 'team.push', { events, articles: [report] }))).toEqual({ accepted: 2, known: 0 })
    expect(value(await call(ana, 'team.push', { events, articles: [report] }))).toEqual({ accepted: 0, known: 2 })
    const pulled = value(
      await call<{ events: { id: string; seq: number; analyst: string }[]; cursor: number; more: boolean }>(ben, 'team.pull', {
        cursor: 0,
        device: DEV_B
      })
    )
    expect(pulled.events.map((e) => e.id)).toEqual(events.map((e) => e.id))
    expect(pulled.events.every((e) => e.analyst === 'ana')).toBe(true)
    expect(pulled.more).toBe(false)
    const again = value(await call<{ events: unknown[]; cursor: number }>(ben, 'team.pull', { cursor: pulled.cursor, device: DEV_B }))
    expect(again.events).toEqual([])
    const own = value(await call<{ events: unknown[] }>(ana, 'team.pull', { cursor: 0, device: DEV_A }))
    expect(own.events).toEqual([])
    const [article] = value(await call<{ body: string }[]>(ben, 'team.articles', { hashes: [report.hash] }))
    expect(article!.body).toBe(report.body)
  })

  it('refuses an article whose text does not match its hash, and events about an article it lacks', async () => {
    const forged = { ...teamArticle('Another text entirely.'), body: 'Something else.' }
    expect((await call(ana, 'team.push', { events: [], articles: [forged] })).body).toMatchObject({
      ok: false,
      error: { code: 'rejected' }
    })
    const lacking = teamArticle('A report the server never saw.')
    const r = await call(ana, 'team.push', { events: [createdEvent('ana', DEV_A, lacking, 0, 5)], articles: [] })
    expect(r.body).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('does not have') } })
  })

  it('searches the shared articles with PostgreSQL full-text search', async () => {
    const hits = value(await call<{ hash: string; snippet: string }[]>(ben, 'team.search', { query: 'deliberate strike -weather' }))
    expect(hits.map((h) => h.hash)).toEqual([report.hash])
    expect(hits[0]!.snippet).toContain('«strike»')
  })

  it("in blind mode holds back others' events on an article until the puller marks it done", async () => {
    await setBlind(team.db, true)
    const blindReport = teamArticle('The ministry denied the report. We judge the denial credible.', 'Denial')
    const bens = [createdEvent('ben', DEV_B, blindReport, 0, 31, 'evidence')]
    value(await call(ben, 'team.push', { events: bens, articles: [blindReport] }))
    const first = value(await call<{ events: { id: string }[]; cursor: number }>(ana, 'team.pull', { cursor: 0, device: DEV_A }))
    expect(first.events.map((e) => e.id)).not.toContain(bens[0]!.id)
    value(await call(ana, 'team.push', { events: [doneEvent('ana', DEV_A, blindReport)], articles: [] }))
    const after = value(await call<{ events: { id: string }[] }>(ana, 'team.pull', { cursor: first.cursor, device: DEV_A }))
    expect(after.events.map((e) => e.id)).toEqual([bens[0]!.id])
    await setBlind(team.db, false)
  })

  it('refuses a revoked token', async () => {
    const cy = await addAnalyst(team.db, 'cy')
    expect((await call(cy.token, 'team.hello', {})).status).toBe(200)
    await revokeAnalyst(team.db, 'cy')
    expect((await call(cy.token, 'team.hello', {})).body).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining('revoked') }
    })
  })

  it('says so when the team database has a newer schema than this build knows', async () => {
    await team.db
      .insertInto('team_schema_version')
      .values({ version: latestTeamVersion() + 1, name: 'from_the_future' })
      .execute()
    await expect(migrateTeam(team.db, team.shown)).rejects.toThrow(/newer than this workbench knows/)
    await team.db
      .deleteFrom('team_schema_version')
      .where('version', '=', latestTeamVersion() + 1)
      .execute()
    expect(await teamSchemaVersion(team.db)).toBe(latestTeamVersion())
  })
})
