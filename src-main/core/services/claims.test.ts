import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()

interface Claim {
  id: number
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
  confidence: string | null
  attributedTo: string
  note: string
  anchor?: string
}

async function pentagon(core: Core): Promise<{ id: number; body: string }> {
  const list = await call<{ id: number; title: string }[]>(core, 'articles.list', {})
  const id = list.find((a) => a.title.startsWith('Pentagon chief'))!.id
  return { id, body: (await call<{ body: string }>(core, 'articles.get', { id })).body }
}

const span = (body: string, text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length })
const KIRBY = 'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia'

describe('creating and editing claims', () => {
  it('stores the exact quote with its context, trimmed of stray spaces', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const s = span(body, KIRBY)
    const claim = await call<Claim>(core, 'claims.create', { articleId: id, ...s, confidence: 'assess' })
    expect(claim).toMatchObject({ quote: KIRBY, start: s.start, end: s.end, confidence: 'assess', attributedTo: '' })
    expect(body.slice(claim.start - claim.prefix.length, claim.start)).toBe(claim.prefix)
    expect(claim.suffix.startsWith(',"')).toBe(true)
    expect((await call<{ claims: number }[]>(core, 'articles.list', {})).find((a) => a.claims === 1)).toBeTruthy()
    const austin = span(body, ' Lloyd Austin ')
    expect(await call<Claim>(core, 'claims.create', { articleId: id, ...austin })).toMatchObject({
      quote: 'Lloyd Austin',
      start: austin.start + 1,
      end: austin.end - 1
    })
    await core.close()
  })

  it('refuses spans that are blank, reversed or past the end', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    expect(await core.dispatch('claims.create', { articleId: id, start: 10, end: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await core.dispatch('claims.create', { articleId: id, start: 0, end: body.length + 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    const blank = body.indexOf(' ')
    expect(await core.dispatch('claims.create', { articleId: id, start: blank, end: blank + 1 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('blank') }
    })
    expect(await core.dispatch('claims.create', { articleId: 999, start: 0, end: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    await core.close()
  })

  it('saves tag, speaker, note and grades, and lists speakers for autocomplete', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY) })
    const updated = await call<Claim & { sourceReliability: string; claimCredibility: number }>(core, 'claims.update', {
      id: c.id,
      patch: { confidence: 'assess', attributedTo: ' John Kirby ', note: 'White House NSC', sourceReliability: 'B', claimCredibility: 2 }
    })
    expect(updated).toMatchObject({
      confidence: 'assess',
      attributedTo: 'John Kirby',
      note: 'White House NSC',
      sourceReliability: 'B',
      claimCredibility: 2
    })
    expect(await call(core, 'claims.speakers', {})).toEqual([{ name: 'John Kirby', claims: 1, variants: ['John Kirby'] }])
    expect(await core.dispatch('claims.update', { id: c.id, patch: { claimCredibility: 7 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    await core.close()
  })
})

describe('history, undo and redo', () => {
  it('records each judgment change as old → new with a time', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY), confidence: 'evidence' })
    await call(core, 'claims.update', { id: c.id, patch: { confidence: 'assess' } })
    await call(core, 'claims.update', { id: c.id, patch: { attributedTo: 'John Kirby' } })
    const h = await call<{ kind: string; changes: { field: string; before: unknown; after: unknown }[]; at: string }[]>(
      core,
      'claims.history',
      { claimId: c.id }
    )
    expect(h.map((e) => e.kind)).toEqual(['create', 'update', 'update'])
    expect(h[1]!.changes).toEqual([{ field: 'tag', before: 'evidence', after: 'assess' }])
    expect(h[2]!.changes).toEqual([{ field: 'speaker', before: '', after: 'John Kirby' }])
    expect(h.every((e) => /^\d{4}-\d\d-\d\dT/.test(e.at))).toBe(true)
    await core.close()
  })

  it('undoes and redoes changes in order, and survives a restart', async () => {
    const dir = tempDir()
    let core = await testCore(dir)
    const { id, body } = await pentagon(core)
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY) })
    await call(core, 'claims.update', { id: c.id, patch: { confidence: 'assess' } })
    expect(await call(core, 'history.state', {})).toEqual({ undo: expect.stringMatching(/^tag “assess” on “We assess/), redo: null })
    await core.close()

    core = await testCore(dir) // restart
    const listTags = async () => (await call<Claim[]>(core, 'claims.list', { articleId: id })).map((x) => x.confidence)
    await call(core, 'history.undo', {})
    expect(await listTags()).toEqual([null])
    await call(core, 'history.undo', {})
    expect(await listTags()).toEqual([])
    expect(await call(core, 'history.undo', {})).toBeNull() // nothing left
    await call(core, 'history.redo', {})
    expect(await listTags()).toEqual([null])
    const redone = await call<{ claimId: number }>(core, 'history.redo', {})
    expect(redone.claimId).toBe(c.id)
    expect(await listTags()).toEqual(['assess'])
    expect(await call(core, 'history.redo', {})).toBeNull()
    await core.close()
  })

  it('brings a deleted claim back with the same id and fields', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY), confidence: 'assess', note: 'keep me' })
    await call(core, 'claims.delete', { id: c.id })
    expect(await call<Claim[]>(core, 'claims.list', { articleId: id })).toEqual([])
    await call(core, 'history.undo', {})
    expect(await call<Claim[]>(core, 'claims.list', { articleId: id })).toEqual([{ ...c, anchor: 'ok' }])
    await core.close()
  })

  it('drops the redo branch when a new change follows an undo', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY) })
    await call(core, 'claims.update', { id: c.id, patch: { confidence: 'assess' } })
    await call(core, 'history.undo', {})
    await call(core, 'claims.update', { id: c.id, patch: { confidence: 'evidence' } })
    expect((await call<{ redo: string | null }>(core, 'history.state', {})).redo).toBeNull()
    await call(core, 'history.undo', {})
    expect((await call<Claim[]>(core, 'claims.list', { articleId: id }))[0]!.confidence).toBeNull()
    await core.close()
  })

  it('never jams: a step whose article is gone for good is skipped, said once, and undo goes on with the next', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const other = await call<{ id: number }[]>(core, 'articles.list', {}).then((list) => list.find((a) => a.id !== id)!.id)
    const keep = await call<Claim>(core, 'claims.create', { articleId: other, start: 0, end: 4 })
    const c = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY) })
    await call(core, 'claims.update', { id: c.id, patch: { confidence: 'assess' } })
    // the article leaves outside the history (as an older version's delete did)
    core.database.sqlite.prepare('DELETE FROM articles WHERE id = ?').run(id)
    const first = await call<{ description: string; skipped: string[]; claimId: number }>(core, 'history.undo', {})
    expect(first.skipped).toEqual([expect.stringMatching(/^tag “assess” on “.*” \(its article has been deleted\)$/)])
    // the create of that claim could be undone (it is gone already); then the other article's claim
    expect(first.description).toMatch(/^add claim/)
    const second = await call<{ description: string; skipped: string[]; claimId: number }>(core, 'history.undo', {})
    expect(second).toMatchObject({ claimId: keep.id, skipped: [] })
    expect(await call(core, 'history.undo', {})).toBeNull()
    // the skipped step is retired, not offered again by redo either
    await call(core, 'history.redo', {})
    const redo = await call<{ description: string | null; skipped: string[] }>(core, 'history.redo', {})
    expect(redo).toMatchObject({ description: null, skipped: [expect.stringMatching(/^add claim .* \(its article has been deleted\)$/)] })
    expect(await call(core, 'history.redo', {})).toBeNull()
    await core.close()
  })
})

describe('verifying anchors when an article is opened', () => {
  it('marks a claim whose quote no longer matches the text as orphaned instead of drawing it elsewhere', async () => {
    const core = await testCore(tempDir())
    const { id, body } = await pentagon(core)
    const good = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, KIRBY) })
    const moved = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, 'Lloyd Austin') })
    const lost = await call<Claim>(core, 'claims.create', { articleId: id, ...span(body, 'Vladivostok') })
    core.database.sqlite.prepare("UPDATE claims SET quote = 'Vladivostok harbour' WHERE id = ?").run(lost.id)
    core.database.sqlite.prepare('UPDATE claims SET start = start + 3, "end" = "end" + 3 WHERE id = ?').run(moved.id)
    const rows = await call<Claim[]>(core, 'claims.list', { articleId: id })
    const byId = new Map(rows.map((r) => [r.id, r]))
    expect(byId.get(good.id)!.anchor).toBe('ok')
    expect(byId.get(moved.id)).toMatchObject({ anchor: 'relocated', start: moved.start, end: moved.end })
    expect(byId.get(lost.id)!.anchor).toBe('orphaned')
    await core.close()
  })
})
