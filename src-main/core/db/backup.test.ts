import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import type { Kysely } from 'kysely'
import { openDatabase } from './open.ts'
import type { DB } from './schema.ts'
import { writeTransaction } from './store.ts'

const tempDir = useTempDir()

describe('the backup taken before migrating', () => {
  it('is a whole copy at the old version, and an interrupted copy left by a crash is removed', async () => {
    const path = dbIn(tempDir())
    const old = openDatabase(path, { upTo: 2 })
    old.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'Body', 'h', 'txt')").run()
    await old.close()
    const interrupted = `${path}.pre-v3-2026-01-01T00-00-00-000Z.bak.partial`
    writeFileSync(interrupted, 'half a copy')

    const database = openDatabase(path)
    await database.close()
    expect(existsSync(interrupted)).toBe(false)
    const backups = readdirSync(dirname(path)).filter((f) => f.startsWith(basename(path) + '.pre-'))
    expect(backups).toEqual([basename(database.backupPath!)])
    expect(database.backupPath).toMatch(/\.pre-v3-.*\.bak$/)
    const copy = new Sqlite(database.backupPath!, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.pragma('user_version', { simple: true })).toBe(2)
    expect(copy.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Kept'])
    copy.close()
  })
})

describe('the Backups port (SQLite)', () => {
  it('copies the database as it is, waiting for a write transaction under way, and leaves no partial file', async () => {
    const dir = tempDir()
    const database = openDatabase(dbIn(dir))
    try {
      const add = (db: Kysely<DB>, title: string) =>
        db.insertInto('articles').values({ title, body: title, content_hash: title, format: 'txt' }).execute()
      await add(database.db, 'Before')
      let reached!: () => void
      const inside = new Promise<void>((resolve) => (reached = resolve))
      let release!: () => void
      const gate = new Promise<void>((resolve) => (release = resolve))
      const writing = writeTransaction(database, async (tx) => {
        await add(tx.db, 'Rolled back')
        reached()
        await gate
        throw new Error('undone')
      }).catch(() => 'failed')
      await inside // (VACUUM INTO cannot run inside a transaction: the copy must wait for its turn)
      const target = dbIn(dir, 'copy.sqlite')
      const copying = database.ports.backups.copyTo(database.db, target)
      release()
      expect(await writing).toBe('failed')
      await copying
      expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
      const copy = new Sqlite(target, { readonly: true })
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(copy.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Before'])
      copy.close()
    } finally {
      await database.close()
    }
  })
})
