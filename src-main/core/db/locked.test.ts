import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import type { ImportStatus } from '../../contract/import.ts'
import { startCore, type Core } from '../core.ts'
import { waitForImportJob } from '../import/import-jobs.ts'
import { bundleChildScript } from '../testing/child-bundle.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

/** Another process holding the database's write lock until release() (then it commits its own row). */
async function holdWriteLock(path: string): Promise<{ release(): Promise<void> }> {
  const script = bundleChildScript(join(import.meta.dirname, '..', 'testing', 'lock-holder-child.ts'))
  const child: ChildProcess = spawn(process.execPath, [script, '--db', path], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = createInterface({ input: child.stdout! })
  const next = (): Promise<string> =>
    new Promise((resolve, reject) => {
      lines.once('line', resolve)
      child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)))
    })
  expect(await next()).toBe('{"event":"ready"}')
  return {
    release: async () => {
      const done = next()
      child.stdin!.end()
      expect(await done).toBe('{"event":"done"}')
    }
  }
}

const lexiconSize = (core: Core): number => core.database.sqlite.prepare('SELECT count(*) FROM cue_phrases').pluck().get() as number

describe('a database another program is writing to', () => {
  it('fails a save as busy after the busy timeout, with a clear message, changing nothing; the save works once the lock is gone', async () => {
    const path = dbIn(tempDir())
    const core = await startCore(path, { transport: 'direct', seed: false, busyTimeoutMs: 300 })
    const before = lexiconSize(core)
    const other = await holdWriteLock(path)

    const started = performance.now()
    const refused = await core.pageDispatch('lexicon.add', { confidence: 'assess', phrase: 'we gather' })
    const waited = performance.now() - started
    expect(refused).toEqual({
      ok: false,
      error: { code: 'busy', message: 'The database is busy (another program is writing to it). Try again in a moment.' }
    })
    expect(waited).toBeGreaterThanOrEqual(250) // it waited for the other writer first
    expect(waited).toBeLessThan(4000)

    const upload = { files: [{ name: 'note.txt', dataBase64: Buffer.from('Field note\n\nConvoys at the bridge.').toString('base64') }] }
    const job = await core.pageDispatch('import.start', upload)
    const status: ImportStatus = await waitForImportJob(core.database, (job as { value: { jobId: string } }).value.jobId)
    expect(status.error).toMatch(/^The import stopped: The database is busy \(another program is writing to it\)/)
    expect(core.database.sqlite.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0)
    expect(lexiconSize(core)).toBe(before)

    await other.release()
    expect((await core.pageDispatch('lexicon.add', { confidence: 'assess', phrase: 'we gather' })).ok).toBe(true)
    expect(core.database.sqlite.prepare("SELECT value FROM settings WHERE key = 'other-program'").pluck().get()).toBe('was here')
    expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await core.close()
  })

  it('refuses to start a migration while another program holds the lock, leaving the old version; starts once it is gone', async () => {
    const path = dbIn(tempDir())
    await openDatabase(path, { upTo: 3 }).close()
    const other = await holdWriteLock(path)
    let refusal: unknown
    try {
      openDatabase(path, { busyTimeoutMs: 200 })
    } catch (err) {
      refusal = err
    }
    expect(refusal).toBeInstanceOf(WorkbenchError)
    expect((refusal as WorkbenchError).code).toBe('busy')
    expect((refusal as WorkbenchError).message).toBe(
      `${path} is in use by another program that is writing to it, so Analyst Workbench could not open it; the file is intact. Close the other program (or wait for it to finish) and start again.`
    )
    const peek = new Sqlite(path, { readonly: true })
    expect(peek.pragma('user_version', { simple: true })).toBe(3)
    peek.close()
    await other.release()
    const database = openDatabase(path)
    expect(database.schemaVersion).toBeGreaterThan(3)
    expect(database.backupPath).toMatch(/\.pre-v4-/)
    await database.close()
  })
})
