import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../core/core.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { testCore } from '../core/testing/test-core.ts'
import { isTrustedAppUrl } from '../shell/security-options.ts'
import { createIpcHandler } from './ipc.ts'

// The desktop transport as main.ts wires it: the page dispatcher of a real core behind the sender check.
const tempDir = useTempDir()
let core: Core
let handle: ReturnType<typeof createIpcHandler>

beforeAll(async () => {
  core = await testCore(tempDir(), true)
  handle = createIpcHandler(core.pageDispatch, (url) => isTrustedAppUrl(url))
})
afterAll(async () => {
  await core.close()
})

const articles = (): number => core.database.sqlite.prepare('SELECT count(*) FROM articles').pluck().get() as number
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } })

describe('IPC calls', () => {
  it("answers the app's own page", async () => {
    const r = await handle(from('app://workbench/index.html'), 'articles.list', {})
    expect(r.ok).toBe(true)
    expect(r.ok && (r.value as unknown[]).length).toBe(7)
    const [first] = core.database.sqlite.prepare('SELECT id FROM articles').pluck().all() as number[]
    expect(await handle(from('app://workbench/index.html'), 'articles.delete', { ids: [first] })).toMatchObject({ ok: true })
    expect(articles()).toBe(6)
  })

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///home/analyst/Downloads/report.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['a dev server that is not configured', 'http://localhost:5173/'],
    ['a frame without an address', ''],
    ['a frame already gone', null]
  ])('refuses %s, and nothing reaches the database', async (_what, url) => {
    const before = articles()
    const list = await handle(from(url), 'articles.list', {})
    expect(list).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    const ids = (core.database.sqlite.prepare('SELECT id FROM articles').pluck().all() as number[]).slice(0, 2)
    const del = await handle(from(url), 'articles.delete', { ids })
    expect(del).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(articles()).toBe(before)
  })
})
