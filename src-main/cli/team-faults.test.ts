import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore, type Core } from '../core/core.ts'
import { openTeamDatabase, type TeamDatabase } from '../core/db/postgres/open-team.ts'
import { migrateTeam } from '../core/db/postgres/team-migrate.ts'
import { addAnalyst } from '../core/team/server/analysts.ts'
import { psql, startPgCluster, type PgCluster } from '../core/testing/pg-cluster.ts'
import { dbIn } from '../core/testing/temp-db.ts'
import { httpTeamRemote } from '../transports/team-client.ts'
import { invoke } from './run-core.ts'
import { startFaultProxy, type FaultProxy } from './testing/fault-proxy.ts'
import { exited, spawnWorkbench, startTeamServe, type ServeProcess } from './testing/team-serve-process.ts'

/**
 * A sync of a few hundred claims, interrupted at exact points by killing the
 * client, killing the team server and restarting PostgreSQL: after the next
 * sync nothing is lost and nothing is doubled, on the server or on either laptop.
 */
const CLAIMS = 300
const BATCH = '50' // so a sync takes several steps to stop between
let cluster: PgCluster
let team: TeamDatabase
let serve: ServeProcess
let proxy: FaultProxy
let pgUrl: string
let dir: string

const laptop = (name: string): Promise<Core> =>
  startCore(dbIn(dir, `${name}.sqlite`), { transport: 'direct', seed: false, teamRemote: httpTeamRemote })

/** `workbench sync` as its own process through the proxy; `fault` is armed at the n-th call of this run. */
async function syncProcess(name: string, fault?: { at: number; when: 'before' | 'after'; what: 'client' | 'server' | 'postgres' }) {
  const child = spawnWorkbench(['sync', '--db', dbIn(dir, `${name}.sqlite`), '--json'], {
    WORKBENCH_SYNC_BATCH: BATCH,
    WORKBENCH_NO_SAMPLES: '1'
  })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  if (fault) {
    proxy.arm(proxy.calls.length + fault.at, fault.when, async () => {
      if (fault.what === 'client') {
        child.kill('SIGKILL')
        await exited(child)
      } else if (fault.what === 'server') await serve.kill()
      else cluster.crashRestart()
    })
  }
  const code = await exited(child)
  if (fault && !proxy.disarm())
    throw new Error(`the ${fault.what} fault at call ${fault.at} never fired: the sync made fewer calls (${stderr})`)
  return { code, signal: child.signalCode, stderr }
}

async function restartServer(): Promise<void> {
  serve = await startTeamServe(pgUrl, serve.port)
}

const serverCounts = async () => {
  const r = await sql<{
    n: number
    ids: number
    claims: number
  }>`SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, count(DISTINCT claim)::int AS claims FROM events`.execute(team.db)
  return r.rows[0]!
}

beforeAll(async () => {
  cluster = await startPgCluster() // its own cluster: this test restarts it
  psql(cluster, 'CREATE DATABASE team')
  pgUrl = cluster.url('team')
  team = openTeamDatabase(pgUrl)
  await migrateTeam(team.db, team.shown)
  const tokens = { ana: (await addAnalyst(team.db, 'ana')).token, ben: (await addAnalyst(team.db, 'ben')).token }
  serve = await startTeamServe(pgUrl)
  proxy = await startFaultProxy(serve.url)
  dir = mkdtempSync(join(tmpdir(), 'workbench-faults-')) // for the whole file: both tests use these laptops

  const ana = await laptop('ana')
  const sentences = Array.from({ length: CLAIMS }, (_, i) => `Sentence ${i + 1} says the convoy moved ${i + 2} kilometres east.`)
  const text = sentences.join(' ')
  const { jobId } = await invoke(ana, 'import.start', {
    files: [{ name: 'convoy-log.txt', dataBase64: Buffer.from(text).toString('base64') }]
  })
  let articleId = 0
  while (!articleId) {
    const s = await invoke(ana, 'import.status', { jobId, resultsFrom: 0, waitMs: 2000 })
    if (s.finished) articleId = s.results[0]!.id!
  }
  const body = (await invoke(ana, 'articles.get', { id: articleId })).body
  const tags = ['evidence', 'assess', 'do not yet know'] as const
  let at = 0
  for (const [i, sentence] of sentences.entries()) {
    const start = body.indexOf(sentence, at)
    at = start + sentence.length
    await invoke(ana, 'claims.create', { articleId, start, end: at, confidence: tags[i % 3] })
  }
  await invoke(ana, 'team.join', { url: proxy.url, analyst: 'ana', token: tokens.ana })
  await ana.close()
  const ben = await laptop('ben')
  await invoke(ben, 'team.join', { url: proxy.url, analyst: 'ben', token: tokens.ben })
  await ben.close()
}, 120_000)

afterAll(async () => {
  await proxy?.close()
  await serve?.kill()
  await team?.close()
  cluster?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe(`a sync of ${CLAIMS} claims, interrupted`, () => {
  it('pushing: client killed after the server stored a batch, server killed, PostgreSQL restarted; the next sync completes it', async () => {
    // calls of a push-only sync: 1 hello, 2.. pushes (6 of 50), then one pull
    const killedClient = await syncProcess('ana', { at: 3, when: 'after', what: 'client' })
    expect(killedClient.signal).toBe('SIGKILL')
    expect(await serverCounts()).toEqual({ n: 100, ids: 100, claims: 100 }) // two batches stored, the second never acknowledged

    const killedServer = await syncProcess('ana', { at: 3, when: 'before', what: 'server' })
    expect(killedServer.code).toBe(1)
    expect(killedServer.stderr).toMatch(/Cannot reach the team server|broke off its answer/)
    await restartServer()
    proxy.target = serve.url

    const pgRestarted = await syncProcess('ana', { at: 4, when: 'before', what: 'postgres' })
    // the server's pool may reconnect at once (sync completes) or fail this call (sync says so, non-zero)
    if (pgRestarted.code !== 0) expect(pgRestarted.stderr).toMatch(/Team server: .*(database|PostgreSQL|terminat|connect)/i)

    const final = await syncProcess('ana')
    expect(final).toMatchObject({ code: 0 })
    expect(await serverCounts()).toEqual({ n: CLAIMS, ids: CLAIMS, claims: CLAIMS })
    const ana = await laptop('ana')
    expect(await invoke(ana, 'team.status', {})).toMatchObject({ pending: 0, lastError: null })
    expect(await invoke(ana, 'claims.list', {})).toHaveLength(CLAIMS)
    await ana.close()
  }, 180_000)

  it('pulling: client killed after a page was sent, server killed after answering, PostgreSQL restarted; the next sync completes it', async () => {
    // calls of a pull-only sync: 1 hello, 2 pull page 1 (+ articles), …
    // pages of 50: hello, pull, articles, pull, pull, …
    const killedClient = await syncProcess('ben', { at: 4, when: 'after', what: 'client' })
    expect(killedClient, killedClient.stderr).toMatchObject({ signal: 'SIGKILL' })
    const killedServer = await syncProcess('ben', { at: 3, when: 'after', what: 'server' })
    expect(killedServer.code).toBe(1)
    expect(killedServer.stderr).toMatch(/Cannot reach the team server|broke off its answer/)
    await restartServer()
    proxy.target = serve.url
    const pgRestarted = await syncProcess('ben', { at: 2, when: 'before', what: 'postgres' })
    if (pgRestarted.code !== 0) expect(pgRestarted.stderr).toMatch(/Team server:/)

    const started = performance.now()
    expect((await syncProcess('ben')).code).toBe(0)
    const seconds = (performance.now() - started) / 1000
    const ben = await laptop('ben')
    const claims = await invoke(ben, 'team.claims', { layer: 'analyst' })
    expect(claims).toHaveLength(CLAIMS)
    expect(new Set(claims.map((c) => c.uid)).size).toBe(CLAIMS)
    expect(claims.every((c) => c.analyst === 'ana')).toBe(true)
    const events = await ben.database.db
      .selectFrom('team_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(events.n)).toBe(CLAIMS)
    expect((await invoke(ben, 'articles.list', {})).map((a) => a.title)).toEqual(['convoy-log']) // it came with the pull
    await ben.close()
    // for the record, an uninterrupted sync of all of them into a new laptop (in-process, default batches)
    const cy = await laptop('cy')
    await invoke(cy, 'team.join', { url: serve.url, analyst: 'cy', token: (await addAnalyst(team.db, 'cy')).token })
    const t0 = performance.now()
    expect(await invoke(cy, 'team.sync', {})).toEqual({ pushed: 0, pulled: CLAIMS })
    const whole = (performance.now() - t0) / 1000
    await cy.close()
    console.log(`team-faults: resumed pull ${seconds.toFixed(2)} s; whole pull of ${CLAIMS} claims into a new laptop ${whole.toFixed(2)} s`)
  }, 180_000)
})
