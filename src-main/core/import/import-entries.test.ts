import { describe, expect, it } from 'vitest'
import type { Database } from '../db/open.ts'
import { insertArticle } from '../services/articles.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import type { FormatTable } from './format.ts'
import { FORMATS } from './formats.ts'
import { importEntries } from './import-entries.ts'
import type { ImportEntry } from './read-paths.ts'

const tempDir = useTempDir()

const file = (name: string, text: string | Uint8Array): ImportEntry => ({
  name,
  load: async () => (typeof text === 'string' ? Buffer.from(text) : text)
})
const report = (n: number): ImportEntry => file(`report-${n}.txt`, `Report ${n}\n\nBody of report number ${n}.`)
const articles = (database: Database) => database.sqlite.prepare('SELECT id, title, body, source FROM articles ORDER BY id').all()

describe('importing many files', () => {
  it('imports the good files around a bad one and says why the bad one was refused', async () => {
    const core = await testCore(tempDir(), false)
    const { results } = await importEntries(core.database, [report(1), file('broken.txt', new Uint8Array([0x50, 0x00, 0x4b])), report(2)])
    expect(results).toEqual([
      { path: 'report-1.txt', status: 'imported', id: 1, title: 'Report 1' },
      {
        path: 'broken.txt',
        status: 'rejected',
        error: 'broken.txt: looks like a binary file, not text (it contains NUL or control bytes).'
      },
      { path: 'report-2.txt', status: 'imported', id: 2, title: 'Report 2' }
    ])
    expect(articles(core.database)).toHaveLength(2)
    await core.close()
  })

  it('reports a second import of the same texts as duplicates of the stored articles, storing nothing twice', async () => {
    const core = await testCore(tempDir(), false)
    await importEntries(core.database, [report(1), report(2)])
    const before = articles(core.database)
    // same text with other line ends and a byte-order mark is the same canonical text
    const again = await importEntries(core.database, [report(2), file('copy.md', '\uFEFFReport 1\r\n\r\nBody of report number 1.\r\n')])
    expect(again.results).toEqual([
      { path: 'report-2.txt', status: 'duplicate', id: 2, title: 'Report 2' },
      { path: 'copy.md', status: 'duplicate', id: 1, title: 'Report 1' }
    ])
    expect(articles(core.database)).toEqual(before)
    await core.close()
  })

  it('treats a repeat within one import as a duplicate of the first', async () => {
    const core = await testCore(tempDir(), false)
    const { results } = await importEntries(core.database, [report(7), { ...report(7), name: 'again.txt' }])
    expect(results.map((r) => [r.status, r.id])).toEqual([
      ['imported', 1],
      ['duplicate', 1]
    ])
    await core.close()
  })

  it('commits in batches and reports progress after every file', async () => {
    const core = await testCore(tempDir(), false)
    const batches: number[] = []
    const progress: number[] = []
    const storedAtCommit: number[] = []
    await importEntries(core.database, [1, 2, 3, 4, 5].map(report), {
      batchFiles: 2,
      batchMs: 60_000,
      onProgress: (p) => progress.push(p.done),
      onCommitted: (r) => {
        batches.push(r.length)
        storedAtCommit.push(articles(core.database).length)
      }
    })
    expect(progress).toEqual([1, 2, 3, 4, 5])
    expect(batches).toEqual([2, 2, 1])
    expect(storedAtCommit).toEqual([2, 4, 5])
    await core.close()
  })

  it('stops before the next file when cancelled, keeping what was read', async () => {
    const core = await testCore(tempDir(), false)
    const stop = new AbortController()
    const outcome = await importEntries(core.database, [1, 2, 3, 4].map(report), {
      signal: stop.signal,
      onProgress: (p) => p.done === 2 && stop.abort()
    })
    expect(outcome.cancelled).toBe(true)
    expect(outcome.results.map((r) => r.path)).toEqual(['report-1.txt', 'report-2.txt'])
    expect(articles(core.database)).toHaveLength(2)
    await core.close()
  })

  it('stores a self-storing format whole or not at all (savepoint per file)', async () => {
    const core = await testCore(tempDir(), false)
    const formats: FormatTable = {
      ...FORMATS,
      '.pair': {
        kind: 'store',
        format: 'jsonld',
        prepare: async (bytes) => Buffer.from(bytes).toString(),
        store: async (database, text, name) => {
          const r = await insertArticle(database, { title: name, body: String(text), format: 'jsonld' })
          if (String(text).includes('fail')) throw new Error('the annotation points outside the text')
          return { status: r.status, id: r.id, title: name }
        }
      }
    }
    const { results } = await importEntries(
      core.database,
      [file('a.pair', 'first'), file('b.pair', 'this will fail'), file('c.pair', 'third')],
      { formats }
    )
    expect(results.map((r) => r.status)).toEqual(['imported', 'rejected', 'imported'])
    expect(results[1]!.error).toBe('b.pair: could not be stored (the annotation points outside the text).')
    expect(articles(core.database).map((a) => (a as { body: string }).body)).toEqual(['first', 'third'])
    await core.close()
  })

  it('stops with the error when the database cannot be written, leaving what is stored unchanged', async () => {
    const core = await testCore(tempDir(), false)
    await importEntries(core.database, [report(1)])
    const before = articles(core.database)
    core.database.sqlite.pragma('query_only = ON')
    await expect(importEntries(core.database, [report(2), report(3)])).rejects.toThrow(/readonly|read-only/i)
    core.database.sqlite.pragma('query_only = OFF')
    expect(articles(core.database)).toEqual(before)
    await core.close()
  })
})
