import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { insertArticle } from './articles.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()


function withClaims(dir: string) {
  const core = testCore(dir, false)
  const { sqlite } = core.database
  const a = insertArticle(core.database, { title: 'Airbase imagery', body: 'Satellite images show new hangars.', format: 'txt', source: 'Wire', published: '2024-05-01' }).id
  const b = insertArticle(core.database, { title: 'Ministry denial', body: 'The ministry denied it.', format: 'html', url: 'https://x.example/a' }).id
  const c = insertArticle(core.database, { title: 'Unrelated', body: 'Weather was fine.', format: 'txt' }).id
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

describe('deleting articles, and undoing it', () => {
  it('deletes the articles with their claims, and undo brings back every row as it was', async () => {
    const { core, a, b, c } = withClaims(tempDir())
    const before = dump(core)
    const del = await call<{ deleted: number[]; claims: number; undo: unknown }>(core, 'articles.delete', { ids: [b, a, a] })
    expect(del).toMatchObject({ deleted: [a, b], claims: 3 })
    expect(dump(core).articles.map((r) => (r as { id: number }).id)).toEqual([c])
    expect(dump(core).claims).toHaveLength(1)
    expect(await call(core, 'articles.search', { query: 'hangars' })).toEqual([])

    expect(await call(core, 'articles.restore', del.undo)).toEqual({ restored: [a, b] })
    expect(dump(core)).toEqual(before)
    expect(await call<{ id: number }[]>(core, 'articles.search', { query: 'hangars' })).toMatchObject([{ id: a }])
    await core.close()
  })

  it('deletes nothing when one of the ids does not exist', async () => {
    const { core, a } = withClaims(tempDir())
    const before = dump(core)
    await expect(call(core, 'articles.delete', { ids: [a, 999] })).rejects.toMatchObject({ code: 'not_found', message: 'not_found: There is no article 999; nothing was deleted.' })
    expect(dump(core)).toEqual(before)
    await core.close()
  })

  it('refuses to undo when the same text was imported again meanwhile, restoring nothing', async () => {
    const { core, a, b } = withClaims(tempDir())
    const del = await call<{ undo: unknown }>(core, 'articles.delete', { ids: [a, b] })
    const again = insertArticle(core.database, { title: 'Re-imported', body: 'The ministry denied it.', format: 'txt' }).id
    await expect(call(core, 'articles.restore', del.undo)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`article ${again}`) })
    expect(dump(core).articles).toHaveLength(2)
    await core.close()
  })

  it('refuses a snapshot whose text does not match its hash, or that names another table', async () => {
    const { core, a } = withClaims(tempDir())
    const del = await call<{ undo: { tables: { table: string; rows: Record<string, unknown>[] }[] } }>(core, 'articles.delete', { ids: [a] })
    const tampered = structuredClone(del.undo)
    tampered.tables[0]!.rows[0]!.body = 'Changed text.'
    await expect(call(core, 'articles.restore', tampered)).rejects.toMatchObject({ code: 'invalid_input' })
    await expect(call(core, 'articles.restore', { tables: [{ table: 'settings', rows: [{ key: 'x', value: 'y' }] }] })).rejects.toMatchObject({ code: 'invalid_input' })
    await core.close()
  })

  it('also snapshots and restores rows that later tables hang off claims', async () => {
    const { core, a } = withClaims(tempDir())
    const { sqlite } = core.database
    sqlite.exec('CREATE TABLE claim_notes (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE, text TEXT NOT NULL)')
    sqlite.prepare('INSERT INTO claim_notes (claim_id, text) VALUES (1, ?), (3, ?)').run('checked twice', 'other article')
    const del = await call<{ undo: { tables: { table: string }[] } }>(core, 'articles.delete', { ids: [a] })
    expect(del.undo.tables.map((t) => t.table)).toEqual(expect.arrayContaining(['articles', 'claims', 'claim_notes']))
    expect(sqlite.prepare('SELECT text FROM claim_notes').pluck().all()).toEqual(['other article'])
    await call(core, 'articles.restore', del.undo)
    expect(sqlite.prepare('SELECT claim_id, text FROM claim_notes ORDER BY id').all()).toEqual([
      { claim_id: 1, text: 'checked twice' },
      { claim_id: 3, text: 'other article' }
    ])
    await core.close()
  })
})
