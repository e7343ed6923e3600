import { describe, expect, it } from 'vitest'
import { useTempDir } from './testing/temp-db.ts'
import { testCore } from './testing/test-core.ts'

const tempDir = useTempDir()

describe('the dispatcher', () => {
  it('answers a valid call with the result its contract describes', async () => {
    const core = await testCore(tempDir())
    const list = await core.dispatch('articles.list', {})
    expect(list.ok).toBe(true)
    expect((list as { value: unknown[] }).value).toHaveLength(7)
    await core.close()
  })

  it.each([
    ['a string id', { id: '1' }],
    ['a negative id', { id: -3 }],
    ['a fractional id', { id: 1.5 }],
    ['no id', {}],
    ['an unknown key', { id: 1, extra: true }],
    ['null input', null],
    ['an array', [1]],
    ['a prototype-pollution key', JSON.parse('{"id": 1, "__proto__": {"admin": true}}')]
  ])('rejects %s with a typed invalid_input error, and keeps working', async (_label, input) => {
    const core = await testCore(tempDir())
    const bad = await core.dispatch('articles.get', input)
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect((bad as { error: { message: string } }).error.message).toContain('articles.get')
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
    const good = await core.dispatch('articles.get', { id: 1 })
    expect(good.ok).toBe(true)
    await core.close()
  })

  it.each([['no.such.call'], [42], [undefined], ['__proto__'], ['constructor'], ['toString']])(
    'refuses the unknown call %j',
    async (name) => {
      const core = await testCore(tempDir())
      expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
      await core.close()
    }
  )

  it('reports a missing article as not_found', async () => {
    const core = await testCore(tempDir())
    expect(await core.dispatch('articles.get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'There is no article 9999.' }
    })
    await core.close()
  })

  it('turns a database failure into a typed error instead of throwing', async () => {
    const core = await testCore(tempDir())
    core.database.sqlite.exec('DROP TRIGGER articles_fts_delete; DROP TABLE claims')
    const r = await core.dispatch('articles.list', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect((r as { error: { message: string } }).error.message).toMatch(/no such table: claims/)
    await core.close()
  })
})

describe('what the page may ask for', () => {
  it('refuses an import of named local paths from the page, but not from the CLI', async () => {
    const core = await testCore(tempDir())
    const fromPage = await core.pageDispatch('import.start', { paths: ['/etc'] })
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('uploads') } })
    const local = await core.dispatch('import.start', { paths: [tempDir()] })
    expect(local.ok).toBe(true)
    await core.close()
  })
})
