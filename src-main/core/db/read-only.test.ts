import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, chownSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { bundleChildScript } from '../testing/child-bundle.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()
const run = promisify(execFile)
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

// Permissions do not bind root: as root, the app runs as the unprivileged user "nobody" here.
const isRoot = process.getuid?.() === 0
const NOBODY = 65534

/** Starts the app's core on `db` in another process (as nobody when this is root), tries one save, and says what happened. */
async function startAndSave(db: string): Promise<{ event: string; code?: string; message?: string }> {
  const script = bundleChildScript(join(import.meta.dirname, '..', 'testing', 'open-db-child.ts'))
  const { stdout } = await run(process.execPath, [script, '--db', db], isRoot ? { uid: NOBODY, gid: NOBODY } : {})
  return JSON.parse(stdout)
}

/** A database with data in `folder`, made readable by everyone; returns its path. */
async function databaseIn(folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true })
  const path = join(folder, 'workbench.sqlite')
  const database = openDatabase(path)
  database.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'Body', 'h', 'txt')").run()
  await database.close()
  return path
}

function expectReadOnlyRefusal(outcome: { event: string; code?: string; message?: string }, path: string): void {
  expect(outcome.event).toBe('refused')
  expect(outcome.code).toBe('read_only')
  expect(outcome.message).toContain(path)
  expect(outcome.message).toMatch(/cannot be written .*read-only/)
  expect(outcome.message).toMatch(/write permission|copy the file/)
}

describe('a read-only database', () => {
  it('is refused with a clear message when the file and its folder are read-only, its bytes unchanged', async () => {
    const folder = join(tempDir(), 'data')
    chmodSync(join(folder, '..'), 0o755)
    const path = await databaseIn(folder)
    chmodSync(path, 0o444)
    chmodSync(folder, 0o555)
    const before = sha(path)
    expectReadOnlyRefusal(await startAndSave(path), path)
    expect(sha(path)).toBe(before)
    expect(readdirSync(folder)).toEqual(['workbench.sqlite'])
    chmodSync(folder, 0o755)
  })

  it('is refused at start (not at the first save) when only the file is read-only', async () => {
    const folder = join(tempDir(), 'data')
    chmodSync(join(folder, '..'), 0o755)
    const path = await databaseIn(folder)
    chmodSync(path, 0o444)
    if (isRoot) chownSync(folder, NOBODY, NOBODY) // the folder is theirs to write in, the file is not
    const before = sha(path)
    expectReadOnlyRefusal(await startAndSave(path), path)
    expect(sha(path)).toBe(before)
  })

  it('is refused when a new database would go into a read-only folder', async () => {
    const folder = join(tempDir(), 'data')
    chmodSync(join(folder, '..'), 0o755)
    mkdirSync(folder)
    chmodSync(folder, 0o555)
    const path = join(folder, 'workbench.sqlite')
    expectReadOnlyRefusal(await startAndSave(path), path)
    expect(readdirSync(folder)).toEqual([])
    chmodSync(folder, 0o755)
  })

  it('opens and saves normally once the file is writable again', async () => {
    const folder = join(tempDir(), 'data')
    chmodSync(join(folder, '..'), 0o755)
    const path = await databaseIn(folder)
    if (isRoot) chownSync(folder, NOBODY, NOBODY)
    if (isRoot) for (const f of readdirSync(folder)) chownSync(join(folder, f), NOBODY, NOBODY)
    expect(await startAndSave(path)).toEqual({ event: 'saved' })
  })
})
