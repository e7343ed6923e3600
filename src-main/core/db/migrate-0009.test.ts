import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0009 (folded claim search text)', () => {
  it('keeps a version-8 library as it was and folds its claims on open; a changed speaker is folded again', async () => {
    const path = dbIn(tempDir())
    const v8 = openDatabase(path, { upTo: 8 })
    const a = Number(
      v8.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Names', 'Müller said it.', 'h1', 'txt')").run()
        .lastInsertRowid
    )
    v8.sqlite
      .prepare('INSERT INTO claims (article_id, start, "end", quote, attributed_to, note) VALUES (?, 0, 15, ?, ?, ?)')
      .run(a, 'Müller said it.', 'MÜLLER', 'Ødegaard')
    const before = v8.sqlite.prepare('SELECT * FROM claims').all()
    await v8.close()

    const v9 = openDatabase(path, { upTo: 9 })
    expect(v9.schemaVersion).toBe(9)
    const row = v9.sqlite.prepare('SELECT * FROM claims').get() as Record<string, unknown>
    const { search_text, speaker_key, ...rest } = row
    expect([rest]).toEqual(before)
    expect(search_text).toBe('muller said it.\u001fodegaard\u001fmuller')
    expect(speaker_key).toBe('muller')
    // another program changes the speaker: the trigger clears the fold, the next open folds it again
    v9.sqlite.prepare("UPDATE claims SET attributed_to = 'İlse'").run()
    expect(v9.sqlite.prepare('SELECT search_text, speaker_key FROM claims').get()).toEqual({ search_text: null, speaker_key: null })
    await v9.close()
    const again = openDatabase(path, { upTo: 9 })
    expect(again.sqlite.prepare('SELECT speaker_key FROM claims').pluck().get()).toBe('ilse')
    await again.close()
  })
})
