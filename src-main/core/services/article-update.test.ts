import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { insertArticle } from './articles.ts'

const tempDir = useTempDir()

const update = (core: Core, input: unknown) => core.dispatch('articles.update', input)

async function oneArticle(dir: string) {
  const core = await testCore(dir, false)
  const id = (
    await insertArticle(core.database, {
      title: 'Draft title',
      body: 'Body.',
      format: 'txt',
      source: 'Wire',
      published: '2024-01-02',
      url: 'https://a.example/'
    })
  ).id
  return { core, id }
}

describe('editing an article', () => {
  it('changes only the fields given, trimming them, and never the body', async () => {
    const { core, id } = await oneArticle(tempDir())
    const r = await update(core, { id, title: '  Final title ', published: '2024-10-23' })
    expect(r).toMatchObject({
      ok: true,
      value: { id, title: 'Final title', source: 'Wire', published: '2024-10-23', url: 'https://a.example/' }
    })
    expect(core.database.sqlite.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id)).toBe('Body.')
    await core.close()
  })

  it('clears source, date and address with null or an empty string', async () => {
    const { core, id } = await oneArticle(tempDir())
    const r = await update(core, { id, source: '  ', published: '', url: null })
    expect(r).toMatchObject({ ok: true, value: { source: null, published: null, url: null } })
    await core.close()
  })

  it.each([
    ['an empty title', { title: '   ' }, 'a title cannot be empty'],
    ['an impossible date', { published: '2024-02-30' }, 'not a real calendar date'],
    ['a date in another form', { published: '23/10/2024' }, 'expected an ISO date'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'http:// or https://'],
    ['a body', { body: 'new text' }, 'Unrecognized key'],
    ['a title too long', { title: 'x'.repeat(501) }, 'Too big']
  ])('refuses %s and changes nothing', async (_label, change, message) => {
    const { core, id } = await oneArticle(tempDir())
    const before = core.database.sqlite.prepare('SELECT * FROM articles').all()
    const r = await update(core, { id, ...change })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } })
    expect(core.database.sqlite.prepare('SELECT * FROM articles').all()).toEqual(before)
    await core.close()
  })

  it('says so when the article is gone', async () => {
    const { core } = await oneArticle(tempDir())
    expect(await update(core, { id: 77, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no article 77.' }
    })
    await core.close()
  })
})
