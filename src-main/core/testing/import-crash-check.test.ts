import { openSync, writeSync, closeSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/open.ts'
import { importEntries } from '../import/import-entries.ts'
import { crashReportName, crashReportText, crashFileIndex } from './crash-reports.ts'
import { checkAfterCrash, type ImportRun, type ReportedResult } from './import-crash-check.ts'
import { dbIn, useTempDir } from './temp-db.ts'

const tempDir = useTempDir()

/** Imports one run of generated reports (30 files, batches of 10) as the crash child does, returning what it reported. */
async function importRun(path: string): Promise<ImportRun> {
  const database = openDatabase(path)
  const reported: ReportedResult[][] = []
  const entries = Array.from({ length: 30 }, (_, i) => ({ name: crashReportName(1, i), load: async () => crashReportText(1, i) }))
  await importEntries(database, entries, {
    batchFiles: 10,
    batchChars: Number.MAX_SAFE_INTEGER,
    batchMs: Number.MAX_SAFE_INTEGER,
    onCommitted: (results) => reported.push(results.map((r) => ({ i: crashFileIndex(r.path), status: r.status, id: r.id, title: r.title })))
  })
  await database.close()
  return { run: 1, files: 30, batch: 10, reported }
}

// The crash test is only as good as its check: these show the check catches each kind of damage.
describe('the check after a crash', () => {
  it('passes an intact import, with every batch verified', async () => {
    const path = dbIn(tempDir())
    const run = await importRun(path)
    expect(run.reported.flat().map((r) => r.status)).toContain('duplicate')
    expect(run.reported.flat().map((r) => r.status)).toContain('rejected')
    expect(checkAfterCrash(path, [run], new Map())).toEqual({
      integrityError: null,
      lostBatches: 0,
      partialRuns: 0,
      verifiedBatches: 3,
      problems: []
    })
  })

  it('reports a committed batch that lost an article, and the run as not whole batches', async () => {
    const path = dbIn(tempDir())
    const run = await importRun(path)
    const db = openDatabase(path)
    db.sqlite.prepare("DELETE FROM articles WHERE title = 'Soak r1 f12'").run()
    await db.close()
    const check = checkAfterCrash(path, [run], new Map())
    expect(check).toMatchObject({ lostBatches: 1, partialRuns: 1, verifiedBatches: 2 })
    expect(check.problems[0]).toContain('lost files 12')
  })

  it('reports an article whose text changed after it was verified', async () => {
    const path = dbIn(tempDir())
    const run = await importRun(path)
    const hashes = new Map<number, string>()
    checkAfterCrash(path, [run], hashes)
    const db = openDatabase(path)
    db.sqlite.prepare("UPDATE articles SET body = 'changed', content_hash = 'x' WHERE title = 'Soak r1 f3'").run()
    await db.close()
    expect(checkAfterCrash(path, [run], hashes).lostBatches).toBe(1)
  })

  it('reports a damaged file', async () => {
    const path = dbIn(tempDir())
    const run = await importRun(path)
    const db = openDatabase(path)
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await db.close()
    const fd = openSync(path, 'r+')
    const size = statSync(path).size
    // scribble over pages
    for (let at = 4096 * 3; at < size - 4096; at += 4096 * 2) writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, at + 100)
    closeSync(fd)
    expect(checkAfterCrash(path, [run], new Map()).integrityError).toBeTruthy()
  })
})
