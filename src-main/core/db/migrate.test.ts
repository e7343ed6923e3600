import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { makeDamagedDatabase } from '../testing/damaged-db.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { latestVersion, loadMigrations, type Migration } from './migrate.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const migrations = loadMigrations()

function expectWorkbenchError(fn: () => unknown, code: string): WorkbenchError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbenchError)
    expect((err as WorkbenchError).code).toBe(code)
    return err as WorkbenchError
  }
  throw new Error(`expected a ${code} error`)
}

describe('migrating from an empty database', () => {
  it('creates every table at the latest version with the pragmas set', async () => {
    const database = openDatabase(dbIn(tempDir()))
    expect(database.schemaVersion).toBe(latestVersion(migrations))
    const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['articles', 'articles_fts', 'claims', 'settings']))
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(database.backupPath).toBeNull()
    await database.close()
  })

  it('keeps the full-text index in step with inserts, edits and deletes', async () => {
    const { sqlite, close } = openDatabase(dbIn(tempDir()))
    const insert = sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES (?, ?, ?, 'txt')")
    const id = Number(insert.run('Port strike', 'Dockers walked out at Halden.', 'h1').lastInsertRowid)
    const search = (q: string) => sqlite.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck().all(q)
    expect(search('halden')).toEqual([id])
    sqlite.prepare('UPDATE articles SET title = ? WHERE id = ?').run('Rail freight drop', id)
    expect(search('strike')).toEqual([])
    expect(search('freight')).toEqual([id])
    sqlite.prepare('DELETE FROM articles WHERE id = ?').run(id)
    expect(search('halden')).toEqual([])
    await close()
  })

  it("deletes an article's claims with it and rejects claims on a missing article", async () => {
    const { sqlite, close } = openDatabase(dbIn(tempDir()))
    const a = Number(
      sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('t', 'abc def', 'h', 'txt')").run().lastInsertRowid
    )
    sqlite.prepare("INSERT INTO claims (article_id, start, \"end\", quote, confidence) VALUES (?, 0, 3, 'abc', 'assess')").run(a)
    expect(() => sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote) VALUES (999, 0, 3, \'abc\')').run()).toThrow(
      /FOREIGN KEY/
    )
    expect(() =>
      sqlite.prepare("INSERT INTO claims (article_id, start, \"end\", quote, confidence) VALUES (?, 0, 3, 'abc', 'sure')").run(a)
    ).toThrow(/CHECK/)
    sqlite.prepare('DELETE FROM articles WHERE id = ?').run(a)
    expect(sqlite.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(0)
    await close()
  })
})

/**
 * Each migration N, applied to a database at N-1 that holds rows, keeps those rows.
 * Rows are written with the columns every version has had since 0001.
 */
describe.each(migrations.map((m) => [m.version, m.name] as const))('migration %i (%s) from the previous version', (version) => {
  it('applies on top of version N-1 with data and keeps the data', async () => {
    const path = dbIn(tempDir())
    const old = openDatabase(path, { upTo: version - 1 })
    expect(old.schemaVersion).toBe(version - 1)
    const hasArticles = version > 1
    if (hasArticles) {
      const a = Number(
        old.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'Body kept', 'hk', 'txt')").run()
          .lastInsertRowid
      )
      old.sqlite.prepare("INSERT INTO claims (article_id, start, \"end\", quote, confidence) VALUES (?, 0, 4, 'Body', 'evidence')").run(a)
    }
    await old.close()

    const migrated = openDatabase(path, { upTo: version })
    expect(migrated.schemaVersion).toBe(version)
    if (hasArticles) {
      expect(migrated.sqlite.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Kept'])
      expect(migrated.sqlite.prepare('SELECT confidence FROM claims').pluck().all()).toEqual(['evidence'])
      expect(migrated.backupPath).not.toBeNull()
      expect(existsSync(migrated.backupPath!)).toBe(true)
    }
    await migrated.close()
  })
})

describe('refusing databases it must not touch', () => {
  it('refuses a database from a newer app and leaves its bytes unchanged', () => {
    const path = dbIn(tempDir())
    const newer = new Sqlite(path)
    newer.exec('CREATE TABLE future (x)')
    newer.pragma(`user_version = ${latestVersion(migrations) + 5}`)
    newer.close()
    const before = sha(path)
    const files = readdirSync(join(path, '..'))
    const err = expectWorkbenchError(() => openDatabase(path), 'db_newer')
    expect(err.message).toContain('newer Analyst Workbench')
    expect(err.message).toContain('was not changed')
    expect(sha(path)).toBe(before)
    expect(readdirSync(join(path, '..'))).toEqual(files)
  })

  it('refuses a file that is not a database, unchanged, and says how to restore', () => {
    const path = dbIn(tempDir())
    writeFileSync(path, 'this is not sqlite '.repeat(300))
    const before = sha(path)
    const err = expectWorkbenchError(() => openDatabase(path), 'db_damaged')
    expect(err.message).toContain('No automatic backup is beside it')
    expect(err.message).toContain(`put a copy from your own backups at ${path}`)
    expect(sha(path)).toBe(before)
  })

  it('refuses a database with damaged pages, unchanged, and names the newest backup to restore', async () => {
    const dir = tempDir()
    const path = dbIn(dir)
    // garbage over the cells of one page, the file and page headers intact: it opens, and only the integrity check can tell
    await makeDamagedDatabase(path)
    writeFileSync(`${path}.pre-v3-2026-03-01T09-00-00-000Z.bak`, 'older')
    writeFileSync(`${path}.pre-v4-2026-01-05T09-00-00-000Z.bak`, 'newest')
    writeFileSync(`${path}.pre-v4-2026-02-07T09-00-00-000Z.bak.partial`, 'interrupted')
    const before = sha(path)
    const files = readdirSync(dir).sort()

    const err = expectWorkbenchError(() => openDatabase(path), 'db_damaged')
    expect(err.message).toContain('the integrity check reports')
    expect(err.message).toContain('It was not changed')
    expect(err.message).toContain(`copy ${path}.pre-v4-2026-01-05T09-00-00-000Z.bak to ${path}`)
    expect(err.message).toContain(`delete ${path}-wal and ${path}-shm`)
    expect(sha(path)).toBe(before)
    expect(readFileSync(`${path}.pre-v4-2026-01-05T09-00-00-000Z.bak`, 'utf8')).toBe('newest')
    // Opening a WAL database read-only makes SQLite's side files; nothing is written into the WAL.
    expect(
      readdirSync(dir)
        .filter((f) => !f.endsWith('-shm') && !f.endsWith('-wal'))
        .sort()
    ).toEqual(files)
    if (existsSync(`${path}-wal`)) expect(readFileSync(`${path}-wal`)).toHaveLength(0)
  })

  it("refuses another program's SQLite database", () => {
    const path = dbIn(tempDir())
    const other = new Sqlite(path)
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)')
    other.close()
    const before = sha(path)
    expectWorkbenchError(() => openDatabase(path), 'rejected')
    expect(sha(path)).toBe(before)
  })
})

describe('the migration runner', () => {
  const synthetic = (dir: string, files: Record<string, string>): Migration[] => {
    mkdirSync(dir, { recursive: true })
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql)
    return loadMigrations(dir)
  }

  it('backs up an existing database before migrating it', async () => {
    const dir = tempDir()
    const ms = synthetic(join(dir, 'm'), { '0001_a.sql': 'CREATE TABLE t (x);', '0002_b.sql': 'ALTER TABLE t ADD COLUMN y DEFAULT 7;' })
    const path = dbIn(dir)
    const v1 = openDatabase(path, { migrations: ms, upTo: 1 })
    v1.sqlite.prepare('INSERT INTO t (x) VALUES (1)').run()
    await v1.close()
    const v2 = openDatabase(path, { migrations: ms })
    expect(v2.sqlite.prepare('SELECT x, y FROM t').get()).toEqual({ x: 1, y: 7 })
    const backup = new Sqlite(v2.backupPath!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare('SELECT x FROM t').pluck().all()).toEqual([1])
    backup.close()
    await v2.close()
  })

  it('leaves the old version intact when a migration fails half way', async () => {
    const dir = tempDir()
    const ms = synthetic(join(dir, 'm'), {
      '0001_a.sql': 'CREATE TABLE t (x);',
      '0002_bad.sql': 'CREATE TABLE u (y); INSERT INTO nowhere VALUES (1);'
    })
    const path = dbIn(dir)
    await openDatabase(path, { migrations: ms, upTo: 1 }).close()
    expect(() => openDatabase(path, { migrations: ms })).toThrow(/0002_bad failed/)
    const check = new Sqlite(path, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'u'").pluck().get()).toBe(0)
    check.close()
  })

  it('rejects gaps in migration numbering', () => {
    const dir = tempDir()
    expect(() => synthetic(join(dir, 'm'), { '0001_a.sql': 'SELECT 1;', '0003_c.sql': 'SELECT 1;' })).toThrow(/without gaps/)
  })
})
