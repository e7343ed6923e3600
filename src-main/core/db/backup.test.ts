import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

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
