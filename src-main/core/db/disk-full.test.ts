import { describe, expect, it } from 'vitest'
import type { ImportStatus } from '../../contract/import.ts'
import type { Core } from '../core.ts'
import { waitForImportJob } from '../import/import-jobs.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'

const tempDir = useTempDir()

const count = (core: Core, table: string): number => core.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

/** The database may not grow by a single page: what a full disk looks like to SQLite (SQLITE_FULL). */
function fillDisk(core: Core): void {
  const pages = core.database.sqlite.pragma('page_count', { simple: true }) as number
  core.database.sqlite.pragma(`max_page_count = ${pages}`)
}

const upload = (n: number) => ({
  files: Array.from({ length: n }, (_, i) => ({
    name: `report-${i}.txt`,
    dataBase64: Buffer.from(`Report ${i}\n\n${`Convoys were seen at bridge ${i}. `.repeat(2000)}`).toString('base64')
  }))
})

async function importUploads(core: Core, files: number): Promise<ImportStatus> {
  const started = await core.pageDispatch('import.start', upload(files))
  if (!started.ok) throw new Error(started.error.message)
  return waitForImportJob(core.database, (started.value as { jobId: string }).jobId)
}

describe('a full disk', () => {
  it('fails a save with disk_full and a clear message, writing nothing; the same save works once there is space', async () => {
    const core = await testCore(tempDir(), false)
    const article = await importUploads(core, 1)
    const articleId = article.results[0]!.id!
    fillDisk(core)
    const claim = { articleId, start: 0, end: 8, confidence: 'assess', note: 'n'.repeat(20_000) }

    const refused = await core.pageDispatch('claims.create', claim)
    expect(refused).toEqual({
      ok: false,
      error: { code: 'disk_full', message: 'The disk is full, so nothing could be saved. Free some space and try again.' }
    })
    expect(count(core, 'claims')).toBe(0)
    expect(count(core, 'claim_history')).toBe(0)
    expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')

    core.database.sqlite.pragma('max_page_count = 1073741823') // space again
    expect((await core.pageDispatch('claims.create', claim)).ok).toBe(true)
    expect(count(core, 'claims')).toBe(1)
    await core.close()
  })

  it('stops an import with a clear message and stores no part of the batch that did not fit', async () => {
    const core = await testCore(tempDir(), false)
    fillDisk(core)
    const status = await importUploads(core, 3)
    expect(status.error).toBe(
      'The import stopped: The disk is full, so nothing could be saved. Free some space and try again. Files stored before this stay stored.'
    )
    expect(status.imported).toBe(0)
    expect(count(core, 'articles')).toBe(0)
    expect(core.database.sqlite.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'convoys'").pluck().get()).toBe(0)
    expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await core.close()
  })
})
