import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invoke } from '../cli/run-core.ts'
import type { Core } from '../core/core.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { startFaultProxy } from '../cli/testing/fault-proxy.ts'
import { importReport, laptop, useTeamServer } from './testing/team-harness.ts'
import { eventOfRow } from '../core/team/client/outbox.ts'
import { applyToReplica } from '../core/team/client/replica-store.ts'

// The same analyst on two laptops (the old one and a new one, or office and home),
// joined with the same name and token from two database files, through a real team server.
const tempDir = useTempDir()
const server = useTeamServer()
const open: Core[] = []
afterEach(async () => {
  for (const c of open.splice(0)) await c.close()
})
const newLaptop = async (dir = tempDir()): Promise<Core> => {
  const core = await laptop(dir)
  open.push(core)
  return core
}

const TEXT = [
  'Satellite imagery shows three new hangars at the airbase.',
  'Officials said the runway was extended in March.',
  'We assess the expansion is meant for bombers.',
  'It is unclear who paid for the work.'
].join(' ')
const S = TEXT.split(/(?<=\.) /)

const span = (sentence: string) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length })
const mine = async (core: Core) =>
  (await invoke(core, 'claims.list', {})).map((c) => [c.quote, c.confidence, c.attributedTo, c.note]).sort()
const device = async (core: Core) => (await core.database.db.selectFrom('team_link').select('device').executeTakeFirstOrThrow()).device
const uids = async (core: Core) => (await core.database.db.selectFrom('claims').select('uid').orderBy('uid').execute()).map((r) => r.uid)

describe('one analyst, two laptops', () => {
  it("a new laptop joined under the same name gets the analyst's own claims back, editable; edits, deletes travel both ways", async () => {
    const token = await server.analyst('ana')
    const office = await newLaptop()
    const article = await importReport(office, TEXT)
    await invoke(office, 'team.join', { url: server.url(), analyst: 'ana', token })
    const first = await invoke(office, 'claims.create', { articleId: article, ...span(S[0]!), confidence: 'evidence' })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[1]!), confidence: 'assess', attributedTo: 'Officials' })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[2]!), confidence: 'assess' })
    expect(await invoke(office, 'team.sync', {})).toEqual({ pushed: 3, pulled: 0 })

    const home = await newLaptop()
    await invoke(home, 'team.join', { url: server.url(), analyst: 'ana', token })
    expect(await device(home)).not.toBe(await device(office)) // a device id per database, the analyst the same
    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 0, pulled: 3 })
    expect(await mine(home)).toEqual(await mine(office))
    expect(await uids(home)).toEqual(await uids(office)) // the same claims, not copies
    expect(await invoke(home, 'team.claims', { layer: 'analyst' })).toEqual([]) // not "someone else's" layer
    expect((await invoke(home, 'team.status', {})).pending).toBe(0) // pulled claims are not echoed back as new ones

    // home: retag one, note another, delete the third, add a fourth
    const atHome = await invoke(home, 'claims.list', {})
    const byQuote = (q: string) => atHome.find((c) => c.quote === q)!
    await invoke(home, 'claims.update', { id: byQuote(S[0]!).id, patch: { confidence: 'assess' } })
    await invoke(home, 'claims.update', { id: byQuote(S[1]!).id, patch: { note: 'ask the ministry' } })
    await invoke(home, 'claims.delete', { id: byQuote(S[2]!).id })
    await invoke(home, 'claims.create', { articleId: byQuote(S[0]!).articleId, ...span(S[3]!), confidence: 'do not yet know' })
    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 4, pulled: 0 })
    expect(await invoke(office, 'team.sync', {})).toEqual({ pushed: 0, pulled: 4 })
    expect(await mine(office)).toEqual([
      [S[3], 'do not yet know', '', ''],
      [S[1], 'assess', 'Officials', 'ask the ministry'],
      [S[0], 'assess', '', '']
    ]) // sorted by quote
    expect(await mine(office)).toEqual(await mine(home))
    expect((await invoke(office, 'claims.list', {})).find((c) => c.quote === S[0])!.id).toBe(first.id) // edited in place
    // quiet afterwards: nothing echoes between the two
    expect(await invoke(office, 'team.sync', {})).toEqual({ pushed: 0, pulled: 0 })
    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 0, pulled: 0 })
  })

  it('both laptops edit the same claim offline: after syncing both ways they agree, field by field, on the later edit', async () => {
    const token = await server.analyst('ben')
    const office = await newLaptop()
    const home = await newLaptop()
    const article = await importReport(office, TEXT)
    await invoke(office, 'team.join', { url: server.url(), analyst: 'ben', token })
    const claim = await invoke(office, 'claims.create', { articleId: article, ...span(S[2]!), confidence: 'assess' })
    await invoke(office, 'team.sync', {})
    await invoke(home, 'team.join', { url: server.url(), analyst: 'ben', token })
    await invoke(home, 'team.sync', {})
    const [atHome] = await invoke(home, 'claims.list', {})

    await invoke(office, 'claims.update', { id: claim.id, patch: { confidence: 'evidence' } }) // first
    await invoke(office, 'team.sync', {}) // (home does not pull it: the two edit apart; the sync puts a clear interval between)
    await invoke(home, 'claims.update', { id: atHome!.id, patch: { confidence: 'do not yet know' } }) // later: wins
    await invoke(office, 'claims.update', { id: claim.id, patch: { note: 'from the office' } }) // another field: kept
    await invoke(office, 'team.sync', {})
    await invoke(home, 'team.sync', {}) // home's retag was captured before it pulled the office's: it is weighed, not lost
    await invoke(office, 'team.sync', {})
    const want = [[S[2], 'do not yet know', '', 'from the office']]
    expect(await mine(office)).toEqual(want)
    expect(await mine(home)).toEqual(want)
  })

  it("an edit made while a pull of the other laptop's older edit is on its way is kept, here and there", async () => {
    const token = await server.analyst('eve')
    const proxy = await startFaultProxy(server.url())
    try {
      const office = await newLaptop()
      const home = await newLaptop()
      const article = await importReport(office, TEXT)
      await invoke(office, 'team.join', { url: server.url(), analyst: 'eve', token })
      const claim = await invoke(office, 'claims.create', { articleId: article, ...span(S[1]!), confidence: 'assess' })
      await invoke(office, 'team.sync', {})
      await invoke(home, 'team.join', { url: proxy.url, analyst: 'eve', token })
      await invoke(home, 'team.sync', {})
      const [atHome] = await invoke(home, 'claims.list', {})
      await invoke(office, 'claims.update', { id: claim.id, patch: { attributedTo: 'the office' } }) // older
      await invoke(office, 'team.sync', {})

      let release!: () => void
      let reached!: () => void
      const held = new Promise<void>((r) => (release = r))
      const atServer = new Promise<void>((r) => (reached = r))
      proxy.arm(proxy.calls.length + 2, 'before', async () => {
        reached()
        await held // hello, then the pull, held on its way to the server; it brings the office's edit
      })
      const syncing = invoke(home, 'team.sync', {})
      await atServer
      await invoke(home, 'claims.update', { id: atHome!.id, patch: { attributedTo: 'home' } }) // later
      release()
      expect(await syncing).toEqual({ pushed: 0, pulled: 1 })
      expect(proxy.calls.at(-1)).toBe('team.pull')
      expect((await invoke(home, 'claims.list', {}))[0]!.attributedTo).toBe('home')
      await invoke(home, 'team.sync', {})
      await invoke(office, 'team.sync', {})
      expect((await invoke(office, 'claims.list', {}))[0]!.attributedTo).toBe('home')
    } finally {
      await proxy.close()
    }
  })

  it('a copy of the database file taken to another laptop becomes a device of its own: work on each reaches the other', async () => {
    const token = await server.analyst('fay')
    const officeDir = tempDir()
    let office = await newLaptop(officeDir)
    const article = await importReport(office, TEXT)
    await invoke(office, 'team.join', { url: server.url(), analyst: 'fay', token })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[0]!), confidence: 'evidence' })
    await invoke(office, 'team.sync', {})
    const before = await device(office)
    await office.close()
    open.splice(open.indexOf(office), 1)
    const homeDir = tempDir()
    copyFileSync(join(officeDir, 'workbench.sqlite'), join(homeDir, 'workbench.sqlite')) // the whole file, link and device id too
    office = await newLaptop(officeDir)
    const home = await newLaptop(homeDir)

    await invoke(home, 'claims.create', { articleId: article, ...span(S[1]!), confidence: 'assess' })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[2]!), confidence: 'assess' })
    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 1, pulled: 0 })
    expect(await invoke(office, 'team.sync', {})).toEqual({ pushed: 1, pulled: 1 })
    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 0, pulled: 1 })
    expect(await mine(home)).toEqual(await mine(office))
    expect(await mine(home)).toHaveLength(3)
    expect(await device(home)).not.toBe(before) // the copy re-keyed before its first event
    expect(await device(office)).toBe(before) // the original keeps its id
  })

  it("a database that kept its analyst's claims from another laptop in the others' layer (an earlier build) adopts them", async () => {
    const token = await server.analyst('gus')
    const office = await newLaptop()
    const home = await newLaptop()
    const article = await importReport(office, TEXT)
    await invoke(office, 'team.join', { url: server.url(), analyst: 'gus', token })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[0]!), confidence: 'evidence', note: 'seen twice' })
    await invoke(office, 'team.sync', {})
    await invoke(home, 'team.join', { url: server.url(), analyst: 'gus', token })
    await invoke(home, 'team.sync', {})
    // what the earlier build left: the pulled events, replayed into team_claims as if gus were someone else, no own claim
    const db = home.database.db
    await db.deleteFrom('claims').execute()
    await db.deleteFrom('team_changes').execute()
    await db.deleteFrom('team_claims').execute()
    await applyToReplica(db, (await db.selectFrom('team_events').selectAll().where('analyst', '=', 'gus').execute()).map(eventOfRow))
    const gusRows = () => db.selectFrom('team_claims').select('uid').where('analyst', '=', 'gus').execute()
    expect(await gusRows()).toHaveLength(1)
    expect(await invoke(home, 'claims.list', {})).toEqual([])

    expect(await invoke(home, 'team.sync', {})).toEqual({ pushed: 0, pulled: 0 })
    expect(await mine(home)).toEqual([[S[0], 'evidence', '', 'seen twice']])
    expect(await uids(home)).toEqual(await uids(office))
    expect(await gusRows()).toEqual([])
    expect((await invoke(home, 'team.status', {})).pending).toBe(0)
  })

  it("another analyst sees one analyst's claims once, whichever of their laptops made them", async () => {
    const anaToken = await server.analyst('cy')
    const benToken = await server.analyst('dee')
    const office = await newLaptop()
    const home = await newLaptop()
    const other = await newLaptop()
    const article = await importReport(office, TEXT)
    await invoke(office, 'team.join', { url: server.url(), analyst: 'cy', token: anaToken })
    await invoke(office, 'claims.create', { articleId: article, ...span(S[0]!), confidence: 'evidence' })
    await invoke(office, 'team.sync', {})
    await invoke(home, 'team.join', { url: server.url(), analyst: 'cy', token: anaToken })
    await invoke(home, 'team.sync', {})
    const [homeArticle] = await invoke(home, 'articles.list', {})
    await invoke(home, 'claims.create', { articleId: homeArticle!.id, ...span(S[1]!), confidence: 'assess' })
    await invoke(home, 'team.sync', {})
    await invoke(office, 'team.sync', {})
    await invoke(other, 'team.join', { url: server.url(), analyst: 'dee', token: benToken })
    await invoke(other, 'team.sync', {})
    const seen = await invoke(other, 'team.claims', { layer: 'analyst' })
    expect(
      seen
        .filter((c) => c.analyst === 'cy')
        .map((c) => [c.analyst, c.quote])
        .sort()
    ).toEqual([
      ['cy', S[1]],
      ['cy', S[0]]
    ])
    // on cy's own laptops both claims are cy's own, and not also in the others' layer (agreement would count them twice)
    for (const cy of [office, home]) {
      expect(await invoke(cy, 'claims.list', {})).toHaveLength(2)
      expect((await invoke(cy, 'team.claims', { layer: 'analyst' })).filter((c) => c.analyst === 'cy')).toEqual([])
    }
  })
})
