import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { ExportJobs } from './export-jobs.ts'

const tempDir = useTempDir()

function withClaims(core: Core, n: number): void {
  const article = addArticle(core.database, {
    title: 'Report',
    body: Array.from({ length: n }, (_, i) => `Item ${i} was seen.`).join(' '),
    published: '2025-01-01'
  })
  core.database.sqlite.transaction(() => {
    for (let i = 0; i < n; i++) addClaim(core.database, article, { quote: `Item ${i} was seen.`, confidence: 'evidence' })
  })()
}

const nowhere = (): Writable => new Writable({ write: (_c, _e, done) => done() })

describe('export jobs', () => {
  it('prepare an export through the dispatcher, count its rows and suggest a file name', async () => {
    const core = await testCore(tempDir(), false)
    withClaims(core, 5)
    const started = await core.dispatch('export.start', { format: 'csv', selection: { query: { confidence: ['evidence'] } } })
    expect(started).toMatchObject({
      ok: true,
      value: { state: 'ready', rows: 5, written: 0, contentType: 'text/csv; charset=utf-8; header=present' }
    })
    const { exportId, fileName } = (started as { value: { exportId: string; fileName: string } }).value
    expect(fileName).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(await core.dispatch('export.status', { exportId })).toMatchObject({ ok: true, value: { state: 'ready', rows: 5 } })
    const jsonld = await core.dispatch('export.start', { format: 'jsonld', selection: { ids: [1, 2] } })
    expect(jsonld).toMatchObject({
      ok: true,
      value: { rows: 2, fileName: expect.stringMatching(/\.jsonld$/), contentType: expect.stringContaining('application/ld+json') }
    })
    await core.close()
  })

  it.each([
    ['repeated ids', { format: 'csv', selection: { ids: [1, 1] } }],
    ['an unknown format', { format: 'xlsx', selection: { ids: [1] } }],
    ['both ids and a query', { format: 'csv', selection: { ids: [1], query: {} } }],
    ['an unknown filter', { format: 'csv', selection: { query: { colour: 'red' } } }]
  ])('refuse %s as invalid input', async (_label, input) => {
    const core = await testCore(tempDir(), false)
    expect(await core.dispatch('export.start', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await core.close()
  })

  it('write a prepared export to a file once, then report it done', async () => {
    const dir = tempDir()
    const core = await testCore(dir, false)
    withClaims(core, 12)
    const { exportId } = await core.exports.start({ format: 'csv', selection: { query: {} }, bom: false })
    const progress: number[] = []
    const file = join(dir, 'out.csv')
    expect(await core.exports.writeToFile(exportId, file, { onProgress: (n) => progress.push(n) })).toMatchObject({
      state: 'done',
      rows: 12,
      written: 12
    })
    expect(readFileSync(file, 'utf8').split('\r\n')).toHaveLength(1 + 12 + 1)
    expect(progress.at(-1)).toBe(12)
    await expect(core.exports.writeToFile(exportId, file)).rejects.toMatchObject({ code: 'conflict' })
    expect(core.exports.status(exportId).state).toBe('done')
    await core.close()
  })

  it('cancel a running export: it stops, leaves no partial file, and an existing file stays as it was', async () => {
    const dir = tempDir()
    const core = await testCore(dir, false)
    withClaims(core, 3000)
    const file = join(dir, 'claims.csv')
    writeFileSync(file, "the analyst's earlier export")
    const { exportId } = await core.exports.start({ format: 'csv', selection: { query: {} } })
    let cancelled: unknown
    const run = core.exports.writeToFile(exportId, file, {
      onProgress: () => {
        cancelled ??= core.dispatch('export.cancel', { exportId })
      },
      chunkBytes: 2048
    })
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
    expect(await cancelled).toMatchObject({ ok: true, value: { state: 'cancelled' } })
    expect(core.exports.status(exportId)).toMatchObject({ state: 'cancelled' })
    expect(core.exports.status(exportId).written).toBeLessThan(3000)
    expect(readFileSync(file, 'utf8')).toBe("the analyst's earlier export")
    expect(readdirSync(dir).filter((f) => f.includes('claims.csv'))).toEqual(['claims.csv'])
    await core.close()
  })

  it('hand a prepared export to one download only', async () => {
    const core = await testCore(tempDir(), false)
    withClaims(core, 3)
    const { exportId } = await core.exports.start({ format: 'jsonld', selection: { query: {} } })
    const download = core.exports.download(exportId)!
    expect(download.fileName).toMatch(/\.jsonld$/)
    expect(core.exports.download(exportId)).toBeUndefined()
    expect(core.exports.download('no-such-export-id-000')).toBeUndefined()
    await download.write(nowhere(), new AbortController().signal)
    expect(core.exports.status(exportId)).toMatchObject({ state: 'done', written: 3 })
    await core.close()
  })

  it('report a failed write with its reason', async () => {
    const dir = tempDir()
    const core = await testCore(dir, false)
    withClaims(core, 3)
    const { exportId } = await core.exports.start({ format: 'csv', selection: { query: {} } })
    await expect(core.exports.writeToFile(exportId, join(dir, 'missing-folder', 'x.csv'))).rejects.toThrow(
      /the folder .*missing-folder does not exist/
    )
    expect(core.exports.status(exportId)).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/^Cannot write .*x\.csv: the folder/)
    })
    await core.close()
  })

  it('keep only a few prepared exports waiting: preparing one more expires the oldest', async () => {
    const core = await testCore(tempDir(), false)
    const jobs = new ExportJobs(core.database, { maxReady: 3 })
    const ids: string[] = []
    for (let i = 0; i < 4; i++) ids.push((await jobs.start({ format: 'csv', selection: { ids: [] } })).exportId)
    expect(ids.map((id) => jobs.status(id).state)).toEqual(['expired', 'ready', 'ready', 'ready'])
    await core.close()
  })

  it('expire exports nobody fetched, then forget them', async () => {
    const core = await testCore(tempDir(), false)
    let now = 1_000_000
    const jobs = new ExportJobs(core.database, { ttlMs: 60_000, now: () => now })
    const { exportId } = await jobs.start({ format: 'csv', selection: { ids: [] } })
    now += 61_000
    expect(jobs.status(exportId).state).toBe('expired')
    expect(jobs.download(exportId)).toBeUndefined()
    now += 61_000
    expect(() => jobs.status(exportId)).toThrow(/There is no export/)
    expect(await core.dispatch('export.status', { exportId: 'abcdefghijklmnopqrstuvwx' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    await core.close()
  })
})
