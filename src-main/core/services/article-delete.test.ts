import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { insertArticle } from './articles.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()

async function withClaims(dir: string) {
  const core = await testCore(dir, false)
  const { sqlite } = core.database
  const a = (
    await insertArticle(core.database, {
      title: 'Airbase imagery',
      body: 'Satellite images show new hangars.',
      format: 'txt',
      source: 'Wire',
      published: '2024-05-01'
    })
  ).id
  const b = (
    await insertArticle(core.database, {
      title: 'Ministry denial',
      body: 'The ministry denied it.',
      format: 'html',
      url: 'https://x.example/a'
    })
  ).id
  const c = (await insertArticle(core.database, { title: 'Unrelated', body: 'Weather was fine.', format: 'txt' })).id
  const claim = sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence, attributed_to) VALUES (?, ?, ?, ?, ?, ?)')
  claim.run(a, 0, 16, 'Satellite images', 'evidence', 'Analyst')
  claim.run(a, 17, 21, 'show', null, '')
  claim.run(b, 4, 12, 'ministry', 'assess', 'Ministry')
  claim.run(c, 0, 7, 'Weather', 'do not yet know', '')
  return { core, a, b, c }
}

const dump = (core: Core) => ({
  articles: core.database.sqlite.prepare('SELECT * FROM articles ORDER BY id').all(),
  claims: core.database.sqlite.prepare('SELECT * FROM claims ORDER BY id').all()
})

type Step = { description: string | null; articleId: number | null; claimId: number | null; skipped: string[] }

describe('deleting articles, and undoing it', () => {
  it('deletes the articles with their claims as one step; undo brings back every row as it was, redo deletes again', async () => {
    const { core, a, b, c } = await withClaims(tempDir())
    const before = dump(core)
    const del = await call<{ deleted: number[]; claims: number }>(core, 'articles.delete', { ids: [b, a, a] })
    expect(del).toEqual({ deleted: [a, b], claims: 3, undo: 'delete 2 articles' })
    expect(dump(core).articles.map((r) => (r as { id: number }).id)).toEqual([c])
    expect(dump(core).claims).toHaveLength(1)
    expect(await call(core, 'articles.search', { query: 'hangars' })).toEqual([])
    expect(await call(core, 'history.state', {})).toEqual({ undo: 'delete 2 articles', redo: null })

    expect(await call<Step>(core, 'history.undo', {})).toEqual({
      description: 'delete 2 articles',
      articleId: b,
      claimId: null,
      skipped: []
    })
    expect(dump(core)).toEqual(before)
    expect(core.database.sqlite.prepare('SELECT count(*) FROM article_trash').pluck().get()).toBe(0)
    expect(await call<{ id: number }[]>(core, 'articles.search', { query: 'hangars' })).toMatchObject([{ id: a }])

    await call(core, 'history.redo', {})
    expect(dump(core).articles).toHaveLength(1)
    await call(core, 'history.undo', {})
    expect(dump(core)).toEqual(before)
    await core.close()
  })

  it('names a single deleted article in the undo label', async () => {
    const { core, a } = await withClaims(tempDir())
    await call(core, 'articles.delete', { ids: [a] })
    expect(await call(core, 'history.state', {})).toEqual({ undo: 'delete article “Airbase imagery”', redo: null })
    await core.close()
  })

  it('deletes nothing when one of the ids does not exist', async () => {
    const { core, a } = await withClaims(tempDir())
    const before = dump(core)
    await expect(call(core, 'articles.delete', { ids: [a, 999] })).rejects.toMatchObject({
      code: 'not_found',
      message: 'not_found: There is no article 999; nothing was deleted.'
    })
    expect(dump(core)).toEqual(before)
    await core.close()
  })

  it('tag a claim, delete its article, undo twice: the article comes back, then the tag goes (history does not jam)', async () => {
    const { core, a } = await withClaims(tempDir())
    await call(core, 'claims.update', { id: 1, patch: { confidence: 'assess' } })
    await call(core, 'articles.delete', { ids: [a] })
    expect(await call<Step>(core, 'history.undo', {})).toMatchObject({ description: 'delete article “Airbase imagery”', skipped: [] })
    expect(await call<Step>(core, 'history.undo', {})).toMatchObject({
      description: expect.stringMatching(/^tag “assess”/),
      claimId: 1,
      skipped: []
    })
    expect(core.database.sqlite.prepare('SELECT confidence FROM claims WHERE id = 1').pluck().get()).toBe('evidence')
    await core.close()
  })

  it('skips, once, a delete that cannot be undone because the text was imported again, and goes on', async () => {
    const { core, a, b, c } = await withClaims(tempDir())
    await call(core, 'claims.update', { id: 4, patch: { note: 'weather' } }) // article c, stays
    await call(core, 'claims.update', { id: 3, patch: { note: 'ministry' } }) // article b
    await call(core, 'articles.delete', { ids: [a, b] })
    const again = (await insertArticle(core.database, { title: 'Re-imported', body: 'The ministry denied it.', format: 'txt' })).id
    const undone = await call<Step>(core, 'history.undo', {})
    // a comes back; b cannot (its text is article `again` now), and b's older note edit is retired with it
    expect(undone).toMatchObject({ description: 'delete article “Airbase imagery”', articleId: a })
    expect(undone.skipped).toEqual([
      `delete article “Ministry denial” (it is in the library again (article ${again}, “Re-imported”)) and 1 earlier change to it`
    ])
    expect(dump(core).articles.map((r) => (r as { id: number }).id)).toEqual([a, c, again])
    const next = await call<Step>(core, 'history.undo', {})
    expect(next).toMatchObject({ claimId: 4, skipped: [] }) // straight to the note on article c
    expect(await call(core, 'history.undo', {})).toBeNull()
    await core.close()
  })

  it('also keeps and restores rows that later tables hang off claims', async () => {
    const { core, a } = await withClaims(tempDir())
    const { sqlite } = core.database
    sqlite.exec(
      'CREATE TABLE claim_notes (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE, text TEXT NOT NULL)'
    )
    sqlite.prepare('INSERT INTO claim_notes (claim_id, text) VALUES (1, ?), (3, ?)').run('checked twice', 'other article')
    await call(core, 'articles.delete', { ids: [a] })
    expect(sqlite.prepare('SELECT text FROM claim_notes').pluck().all()).toEqual(['other article'])
    await call(core, 'history.undo', {})
    expect(sqlite.prepare('SELECT claim_id, text FROM claim_notes ORDER BY id').all()).toEqual([
      { claim_id: 1, text: 'checked twice' },
      { claim_id: 3, text: 'other article' }
    ])
    await core.close()
  })
})
