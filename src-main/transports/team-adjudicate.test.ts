import { PassThrough } from 'node:stream'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, it } from 'vitest'
import { TEAM_PROTOCOL } from '../contract/team-sync.ts'
import { invoke } from '../cli/run-core.ts'
import type { Core } from '../core/core.ts'
import { latestTeamVersion } from '../core/db/postgres/team-migrate.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { greet, type TeamRemote } from '../core/team/client/sync.ts'
import { revokeAnalyst, setBlind } from '../core/team/server/analysts.ts'
import { laptop, useTeamServer } from './testing/team-harness.ts'

const tempDir = useTempDir()
const server = useTeamServer()
const open: Core[] = []
afterEach(async () => {
  for (const c of open.splice(0)) await c.close()
})
const joined = async (name: string): Promise<Core> => {
  const core = await laptop(tempDir())
  open.push(core)
  await invoke(core, 'team.join', { url: server.url(), analyst: name, token: await server.analyst(name) })
  return core
}

const TEXT = 'The port was struck at night. We assess the strike used drones. Nobody yet knows how many died.'
async function report(core: Core): Promise<{ id: number; body: string }> {
  const { jobId } = await invoke(core, 'import.start', { files: [{ name: 'port.txt', dataBase64: Buffer.from(TEXT).toString('base64') }] })
  for (;;) {
    const s = await invoke(core, 'import.status', { jobId, resultsFrom: 0, waitMs: 2000 })
    if (s.finished) return invoke(core, 'articles.get', { id: s.results[0]!.id! })
  }
}
const at = (body: string, q: string) => ({ start: body.indexOf(q), end: body.indexOf(q) + q.length })

async function exportCsv(core: Core, layer: 'mine' | 'adjudicated'): Promise<Record<string, string>[]> {
  const started = await invoke(core, 'export.start', { format: 'csv', selection: { query: {} }, bom: false, layer })
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  await core.exports.run(started.exportId, out)
  return parse(Buffer.concat(chunks).toString('utf8'), { columns: true }) as Record<string, string>[]
}

describe('adjudication, blind mode and refused access', () => {
  it("an adjudicated value is its own synced layer, and export can take it instead of one analyst's claims", async () => {
    const [eve, fay] = [await joined('eve'), await joined('fay')]
    const a = await report(eve)
    const q = 'We assess the strike used drones.'
    const mine = await invoke(eve, 'claims.create', { articleId: a.id, ...at(a.body, q), confidence: 'assess' })
    await invoke(eve, 'team.sync', {})
    await invoke(fay, 'team.sync', {})
    const [fa] = await invoke(fay, 'articles.list', {})
    await invoke(fay, 'claims.create', { articleId: fa!.id, ...at(a.body, q), confidence: 'evidence' })
    await invoke(fay, 'team.sync', {})
    await invoke(eve, 'team.sync', {})

    const [item] = await invoke(eve, 'adjudication.items', { articleId: a.id })
    expect(item).toMatchObject({ kind: 'tag', adjudicated: null })
    const set = await invoke(eve, 'adjudication.set', {
      articleId: a.id,
      basedOn: item!.claims.map((c) => c.uid),
      start: item!.start,
      end: item!.end,
      confidence: 'evidence',
      attributedTo: 'Port authority',
      note: 'imagery settles it'
    })
    expect(set).toMatchObject({ layer: 'adjudicated', analyst: 'eve', quote: q, confidence: 'evidence' })
    expect((await invoke(eve, 'adjudication.items', { articleId: a.id }))[0]!.adjudicated?.uid).toBe(set.uid)

    await invoke(eve, 'team.sync', {})
    await invoke(fay, 'team.sync', {})
    const layer = await invoke(fay, 'team.claims', { layer: 'adjudicated' })
    expect(layer.map((c) => [c.quote, c.confidence, c.attributedTo, c.note])).toEqual([
      [q, 'evidence', 'Port authority', 'imagery settles it']
    ])

    const adjudicated = await exportCsv(fay, 'adjudicated')
    expect(adjudicated.map((r) => [r.quote, r.confidence, r.attributed_to])).toEqual([[q, 'evidence', 'Port authority']])
    expect((await exportCsv(fay, 'mine')).map((r) => r.confidence)).toEqual(['evidence']) // fay's own claim, as it was
    expect((await exportCsv(eve, 'mine')).map((r) => r.confidence)).toEqual(['assess'])

    await invoke(eve, 'adjudication.clear', { uid: set.uid })
    await invoke(eve, 'team.sync', {})
    await invoke(fay, 'team.sync', {})
    expect(await invoke(fay, 'team.claims', { layer: 'adjudicated' })).toEqual([])
    expect(mine.id).toBeGreaterThan(0)
  })

  it("in blind mode an analyst sees others' claims on an article only after marking it done", async () => {
    const [gus, hal] = [await joined('gus'), await joined('hal')]
    await setBlind(server.team().db, true)
    try {
      const a = await report(gus)
      await invoke(gus, 'claims.create', { articleId: a.id, ...at(a.body, 'The port was struck at night.'), confidence: 'evidence' })
      await invoke(gus, 'team.sync', {})
      await invoke(hal, 'team.sync', {})
      expect(await invoke(hal, 'team.status', {})).toMatchObject({ blind: true })
      expect(await invoke(hal, 'team.claims', { layer: 'analyst' })).toEqual([])
      // hal has the article from his own import (same text, same hash), marks it, then says done
      const mine = await report(hal)
      await invoke(hal, 'claims.create', { articleId: mine.id, ...at(mine.body, 'The port was struck at night.'), confidence: 'assess' })
      await invoke(hal, 'team.done', { articleId: mine.id })
      await invoke(hal, 'team.sync', {})
      // now everyone's judgments on it show (eve's and fay's from the test above are on the same text, hence the same article)
      expect((await invoke(hal, 'team.claims', { layer: 'analyst' })).map((c) => [c.analyst, c.confidence])).toContainEqual([
        'gus',
        'evidence'
      ])
    } finally {
      await setBlind(server.team().db, false)
    }
  })

  it("a revoked analyst's sync is refused and the server stores nothing from it", async () => {
    const ida = await joined('ida')
    const a = await report(ida)
    await invoke(ida, 'claims.create', { articleId: a.id, start: 0, end: 10, confidence: 'assess' })
    const before = await server
      .team()
      .db.selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    await revokeAnalyst(server.team().db, 'ida')
    expect(await ida.dispatch('team.sync', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining('revoked') }
    })
    const after = await server
      .team()
      .db.selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
    expect(await invoke(ida, 'team.status', {})).toMatchObject({ pending: 1 })
  })

  it('says so when the team server runs a newer schema than this workbench knows', async () => {
    const remote = (schemaVersion: number): TeamRemote => ({
      call: (async () => ({ protocol: TEAM_PROTOCOL, schemaVersion, analyst: 'x', blind: false, analysts: [] })) as TeamRemote['call']
    })
    await expect(greet(remote(latestTeamVersion() + 1), 'http://team')).rejects.toThrow(/runs a newer schema .* Update the workbench/)
    await expect(greet(remote(latestTeamVersion()), 'http://team')).resolves.toMatchObject({ analyst: 'x' })
  })
})
