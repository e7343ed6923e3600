import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0003 (cue lexicon)', () => {
  it('adds the cue_phrases table to a version-2 database holding articles and claims, keeping them', async () => {
    const path = dbIn(tempDir())
    const v2 = openDatabase(path, { upTo: 2 })
    const a = Number(
      v2.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'We assess it.', 'h', 'txt')").run()
        .lastInsertRowid
    )
    v2.sqlite.prepare("INSERT INTO claims (article_id, start, \"end\", quote, confidence) VALUES (?, 0, 9, 'We assess', 'assess')").run(a)
    await v2.close()
    const v3 = openDatabase(path, { upTo: 3 })
    expect(v3.sqlite.prepare('SELECT quote FROM claims').pluck().all()).toEqual(['We assess'])
    expect(v3.sqlite.prepare('SELECT count(*) FROM cue_phrases').pluck().get()).toBe(0)
    await v3.close()
  })

  it('holds one row per tag and phrase, only the three tags, and a phrase of 1 to 2000 characters', async () => {
    const db = openDatabase(dbIn(tempDir()), { upTo: 3 })
    const insert = db.sqlite.prepare('INSERT INTO cue_phrases (confidence, phrase) VALUES (?, ?)')
    insert.run('assess', 'our hunch')
    insert.run('evidence', 'our hunch')
    expect(() => insert.run('assess', 'our hunch')).toThrow(/UNIQUE/)
    expect(() => insert.run('sure', 'x')).toThrow(/CHECK/)
    expect(() => insert.run('assess', '')).toThrow(/CHECK/)
    expect(() => insert.run('assess', 'x'.repeat(2001))).toThrow(/CHECK/)
    expect(db.sqlite.prepare("SELECT builtin, enabled FROM cue_phrases WHERE confidence = 'assess'").get()).toEqual({
      builtin: 0,
      enabled: 1
    })
    await db.close()
  })
})
