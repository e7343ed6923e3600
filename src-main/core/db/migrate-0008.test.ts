import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0008 (article trash)', () => {
  it('keeps a version-7 history as it was, undoable, and takes article steps and retired steps from then on', async () => {
    const path = dbIn(tempDir())
    const v7 = openDatabase(path, { upTo: 7 })
    const article = Number(
      v7.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Air base', 'We assess it.', 'h1', 'txt')").run()
        .lastInsertRowid
    )
    v7.sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote) VALUES (?, 0, 9, ?)').run(article, 'We assess')
    const history = v7.sqlite.prepare(
      'INSERT INTO claim_history (claim_id, article_id, kind, before, after, cause, state, batch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
    )
    history.run(1, article, 'create', null, '{"id":1}', 'edit', 'done', null)
    history.run(1, article, 'update', '{"id":1}', '{"id":1,"note":"n"}', 'edit', 'undone', 4)
    history.run(1, article, 'update', '{"id":1}', '{"id":1}', 'undo', null, 4)
    const before = v7.sqlite.prepare('SELECT * FROM claim_history ORDER BY id').all()
    await v7.close()

    const v8 = openDatabase(path, { upTo: 8 })
    expect(v8.schemaVersion).toBe(8)
    expect(
      v8.sqlite
        .prepare('SELECT id, claim_id, article_id, kind, before, after, cause, state, at, batch FROM claim_history ORDER BY id')
        .all()
    ).toEqual(before)
    expect(v8.sqlite.prepare('SELECT DISTINCT trash_id FROM claim_history').pluck().all()).toEqual([null])
    const indexes = v8.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claim_history' ORDER BY name")
      .pluck()
      .all()
    expect(indexes).toEqual(['claim_history_by_article', 'claim_history_by_batch', 'claim_history_by_claim', 'claim_history_by_state'])
    // an article step: no claim, a trash row; a claim step still needs its claim
    const trash = Number(
      v8.sqlite.prepare("INSERT INTO article_trash (article_id, title, snapshot) VALUES (?, 'Air base', '{\"tables\":[]}')").run(article)
        .lastInsertRowid
    )
    v8.sqlite
      .prepare(
        "INSERT INTO claim_history (claim_id, article_id, kind, before, cause, state, trash_id) VALUES (NULL, ?, 'trash', '{}', 'edit', 'done', ?)"
      )
      .run(article, trash)
    v8.sqlite.prepare("UPDATE claim_history SET state = 'skipped' WHERE id = 1").run()
    expect(() =>
      v8.sqlite
        .prepare("INSERT INTO claim_history (claim_id, article_id, kind, cause, state) VALUES (NULL, 1, 'update', 'edit', 'done')")
        .run()
    ).toThrow(/CHECK/)
    expect(() => v8.sqlite.prepare("INSERT INTO article_trash (article_id, title, snapshot) VALUES (1, 'x', 'not json')").run()).toThrow(
      /CHECK/
    )
    expect(v8.sqlite.pragma('foreign_key_check')).toEqual([])
    await v8.close()
  })
})
