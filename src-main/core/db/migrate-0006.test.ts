import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0006 (topic codes)', () => {
  it('keeps a version-5 library and its claims as they were, with an empty codebook ready for codes on those claims', async () => {
    const path = dbIn(tempDir())
    const v5 = openDatabase(path, { upTo: 5 })
    const article = Number(
      v5.sqlite
        .prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Air base', 'We assess it. Jets landed.', 'h1', 'txt')")
        .run().lastInsertRowid
    )
    const add = v5.sqlite.prepare(
      'INSERT INTO claims (article_id, start, "end", quote, confidence, attributed_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)'
    )
    add.run(article, 0, 13, 'We assess it', 'assess', 'Ilse Varga', 'n1')
    add.run(article, 15, 26, 'Jets landed', null, '', '')
    const claimsBefore = v5.sqlite.prepare('SELECT * FROM claims ORDER BY id').all()
    const articlesBefore = v5.sqlite.prepare('SELECT * FROM articles').all()
    await v5.close()

    const v6 = openDatabase(path, { upTo: 6 })
    expect(v6.schemaVersion).toBe(6)
    expect(v6.sqlite.prepare('SELECT * FROM claims ORDER BY id').all()).toEqual(claimsBefore)
    expect(v6.sqlite.prepare('SELECT * FROM articles').all()).toEqual(articlesBefore)
    expect(v6.sqlite.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(0)
    // the old claims take codes; a code's name is unique among its siblings whatever its case
    const code = Number(
      v6.sqlite.prepare("INSERT INTO codes (guid, name) VALUES ('6BA7B810-9DAD-41D1-80B4-00C04FD430C8', 'Jets')").run().lastInsertRowid
    )
    v6.sqlite.prepare('INSERT INTO claim_codes (claim_id, code_id) VALUES (2, ?), (2, ?)').run(code, code)
    expect(v6.sqlite.prepare('SELECT claim_id, code_id FROM claim_codes').all()).toEqual([{ claim_id: 2, code_id: code }])
    expect(() => v6.sqlite.prepare("INSERT INTO codes (guid, name) VALUES ('6BA7B811-9DAD-41D1-80B4-00C04FD430C8', 'JETS')").run()).toThrow(
      /UNIQUE/
    )
    expect(() =>
      v6.sqlite.prepare("INSERT INTO codes (guid, name, color) VALUES ('6BA7B812-9DAD-41D1-80B4-00C04FD430C8', 'x', 'red')").run()
    ).toThrow(/CHECK/)
    const triggers = v6.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'claim_codes_%' ORDER BY name")
      .pluck()
      .all()
    expect(triggers).toEqual(['claim_codes_park', 'claim_codes_unpark'])
    expect(v6.sqlite.pragma('foreign_key_check')).toEqual([])
    await v6.close()
  })
})
