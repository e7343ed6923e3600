import { afterEach, describe, expect, it } from 'vitest'
import { invoke } from '../cli/run-core.ts'
import type { Core } from '../core/core.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { startFaultProxy } from '../cli/testing/fault-proxy.ts'
import { importReport, laptop, useTeamServer } from './testing/team-harness.ts'

const tempDir = useTempDir()
const server = useTeamServer()
const open: Core[] = []
afterEach(async () => {
  for (const c of open.splice(0)) await c.close()
})
const newLaptop = async (): Promise<Core> => {
  const core = await laptop(tempDir())
  open.push(core)
  return core
}

const TEXT = [
  'Satellite imagery shows three new hangars at the airbase.',
  'Officials said the runway was extended in March.',
  'We assess the expansion is meant for bombers.',
  'It is unclear who paid for the work.',
  'The ministry denied any change.'
].join(' ')

const span = (sentence: string) => ({ start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length })

describe('two analysts sync through the team server', () => {
  it("tag the same article with one disagreement; after syncing both see the other's claims read-only, and the same kappa and alpha", async () => {
    const anaToken = await server.analyst('ana')
    const benToken = await server.analyst('ben')
    const ana = await newLaptop()
    const ben = await newLaptop()
    const article = await importReport(ana, TEXT)
    const s = [
      'Satellite imagery shows three new hangars at the airbase.',
      'Officials said the runway was extended in March.',
      'We assess the expansion is meant for bombers.',
      'It is unclear who paid for the work.'
    ]
    // ana marks four claims before joining (they join with her), ben only after
    await invoke(ana, 'claims.create', { articleId: article, ...span(s[0]!), confidence: 'evidence' })
    await invoke(ana, 'claims.create', { articleId: article, ...span(s[1]!), confidence: 'evidence', attributedTo: 'Officials' })
    await invoke(ana, 'team.join', { url: server.url(), analyst: 'ana', token: anaToken })
    const third = await invoke(ana, 'claims.create', { articleId: article, ...span(s[2]!), confidence: 'evidence' })
    await invoke(ana, 'claims.update', { id: third.id, patch: { confidence: 'assess' } }) // retagged: one event more
    await invoke(ana, 'claims.create', { articleId: article, ...span(s[3]!), confidence: 'do not yet know' })
    expect(await invoke(ana, 'team.sync', {})).toEqual({ pushed: 5, pulled: 0 })

    await invoke(ben, 'team.join', { url: server.url(), analyst: 'ben', token: benToken })
    expect(await invoke(ben, 'team.sync', {})).toEqual({ pushed: 0, pulled: 5 })
    // the article came with the pull: ben had none
    const [benArticle] = await invoke(ben, 'articles.list', {})
    expect(benArticle!.title).toBe('airbase')
    const seen = await invoke(ben, 'team.claims', { articleId: benArticle!.id, layer: 'analyst' })
    expect(seen.map((c) => [c.analyst, c.quote, c.confidence])).toEqual([
      ['ana', s[0], 'evidence'],
      ['ana', s[1], 'evidence'],
      ['ana', s[2], 'assess'],
      ['ana', s[3], 'do not yet know']
    ])
    expect(await invoke(ben, 'claims.list', {})).toEqual([]) // ana's claims are not ben's own
    const benBody = (await invoke(ben, 'articles.get', { id: benArticle!.id })).body
    const on = (q: string) => ({ start: benBody.indexOf(q), end: benBody.indexOf(q) + q.length })
    await invoke(ben, 'claims.create', { articleId: benArticle!.id, ...on(s[0]!), confidence: 'evidence' })
    await invoke(ben, 'claims.create', { articleId: benArticle!.id, ...on(s[1]!), confidence: 'evidence' })
    await invoke(ben, 'claims.create', { articleId: benArticle!.id, ...on(s[2]!), confidence: 'evidence' }) // the disagreement
    await invoke(ben, 'claims.create', { articleId: benArticle!.id, ...on(s[3]!), confidence: 'do not yet know' })
    expect(await invoke(ben, 'team.sync', {})).toEqual({ pushed: 4, pulled: 0 })
    expect(await invoke(ana, 'team.sync', {})).toEqual({ pushed: 0, pulled: 4 })
    expect(await invoke(ana, 'team.sync', {})).toEqual({ pushed: 0, pulled: 0 })

    const fromAna = await invoke(ana, 'agreement.report', {})
    const fromBen = await invoke(ben, 'agreement.report', {})
    expect(fromAna).toEqual(fromBen)
    expect(fromAna).toMatchObject({ analysts: ['ana', 'ben'], articles: 1, matched: 4, unmatched: 0, percent: 75 })
    // ana: E E A D, ben: E E E D → po 3/4, pe (2·3 + 1·0 + 1·1)/16 = 7/16, κ = (12 − 7)/(16 − 7) = 5/9
    expect(fromAna.cohenKappa).toBeCloseTo(5 / 9, 3)
    // coincidences E 5, A 1, D 2 (n 8), 2 disagreeing → α = 1 − 7·2/(64 − 25 − 1 − 4) = 1 − 14/34
    expect(fromAna.krippendorffAlpha).toBeCloseTo(1 - 14 / 34, 3)
    expect(fromAna.diagnostics.map((d) => d.kind)).toContain('private_tag') // only ana uses "assess"

    const items = await invoke(ana, 'adjudication.items', { articleId: article })
    // disagreements first: the tag on the third sentence, then the speaker ana gave the second and ben did not
    expect(items.map((i) => [i.kind, i.quote])).toEqual([
      ['tag', s[2]],
      ['speaker', s[1]],
      ['agreed', s[0]],
      ['agreed', s[3]]
    ])
  })

  it('refuses a wrong token at join and writes nothing', async () => {
    await server.analyst('cy')
    const cy = await newLaptop()
    const r = await cy.dispatch('team.join', { url: server.url(), analyst: 'cy', token: 'wbt_not-the-token' })
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(await invoke(cy, 'team.status', {})).toMatchObject({ linked: false })
  })

  it('with the server unreachable, sync fails with a clear message and local work is untouched', async () => {
    const token = await server.analyst('dee')
    const dee = await newLaptop()
    await invoke(dee, 'team.join', { url: server.url(), analyst: 'dee', token })
    const article = await importReport(dee, TEXT)
    await invoke(dee, 'claims.create', { articleId: article, start: 0, end: 20, confidence: 'assess' })
    await dee.database.db.updateTable('team_link').set({ url: 'http://127.0.0.1:9' }).execute()
    const r = await dee.dispatch('team.sync', {})
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining('Cannot reach the team server at http://127.0.0.1:9') }
    })
    expect(await invoke(dee, 'claims.list', {})).toHaveLength(1)
    const status = await invoke(dee, 'team.status', {})
    expect(status.pending).toBe(1)
    expect(status.lastError).toContain('Cannot reach')
    await dee.database.db.updateTable('team_link').set({ url: server.url() }).execute()
    expect(await invoke(dee, 'team.sync', {})).toMatchObject({ pushed: 1 })
    expect(await invoke(dee, 'team.status', {})).toMatchObject({ pending: 0, lastError: null })
  })

  it('editing goes on while a sync waits for the server: the change made meanwhile goes with the next sync', async () => {
    const token = await server.analyst('eli')
    const proxy = await startFaultProxy(server.url())
    try {
      const eli = await newLaptop()
      await invoke(eli, 'team.join', { url: proxy.url, analyst: 'eli', token })
      const article = await importReport(eli, TEXT)
      const claim = await invoke(eli, 'claims.create', {
        articleId: article,
        ...span('It is unclear who paid for the work.'),
        confidence: 'do not yet know'
      })
      let release!: () => void
      let reached!: () => void
      const held = new Promise<void>((r) => (release = r))
      const atServer = new Promise<void>((r) => (reached = r))
      proxy.arm(proxy.calls.length + 2, 'before', async () => {
        reached()
        await held // the push is stuck on its way to the server
      })
      const syncing = invoke(eli, 'team.sync', {})
      await atServer
      const edited = await invoke(eli, 'claims.update', { id: claim.id, patch: { confidence: 'assess' } })
      expect(edited.confidence).toBe('assess')
      expect(await invoke(eli, 'claims.list', {})).toHaveLength(1)
      release()
      expect(await syncing).toMatchObject({ pushed: 1 }) // the created claim
      expect(await invoke(eli, 'team.sync', {})).toMatchObject({ pushed: 1 }) // the retag made while it waited
    } finally {
      await proxy.close()
    }
  })

  it('an article deleted here before its text reached the server does not block later syncs', async () => {
    const token = await server.analyst('flo')
    const flo = await newLaptop()
    await invoke(flo, 'team.join', { url: server.url(), analyst: 'flo', token })
    const gone = await importReport(flo, 'A draft note that never left this laptop. We assess it was a test.')
    await invoke(flo, 'claims.create', { articleId: gone, start: 0, end: 12, confidence: 'assess' })
    await invoke(flo, 'articles.delete', { ids: [gone] })
    const kept = await importReport(flo, TEXT)
    await invoke(flo, 'claims.create', { articleId: kept, ...span('The ministry denied any change.'), confidence: 'evidence' })
    expect(await invoke(flo, 'team.sync', {})).toMatchObject({ pushed: 1 }) // the deleted article's create and delete stay home
    expect(await invoke(flo, 'team.status', {})).toMatchObject({ pending: 0, lastError: null })
  })
})
