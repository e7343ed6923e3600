import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'
import { claimPageSql } from './sqlite/claim-page-sql.ts'

const tempDir = useTempDir()

describe('migration 0010 (indexes of the claim views)', () => {
  it('keeps a version-9 library as it was, and a sorted window is read from an index, not a sort of every claim', async () => {
    const path = dbIn(tempDir())
    const v9 = openDatabase(path, { upTo: 9 })
    const a = Number(
      v9.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('T', 'One. Two.', 'h1', 'txt')").run()
        .lastInsertRowid
    )
    v9.sqlite.prepare("INSERT INTO claims (article_id, start, \"end\", quote, confidence) VALUES (?, 0, 4, 'One.', 'assess')").run(a)
    v9.sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote) VALUES (?, 5, 9, \'Two.\')').run(a)
    // the folded columns are filled on open (0009): the rest as stored
    const stored = 'SELECT id, article_id, start, "end", quote, confidence, attributed_to, note, created_at FROM claims ORDER BY id'
    const before = v9.sqlite.prepare(stored).all()
    await v9.close()

    const v10 = openDatabase(path, { upTo: 10 })
    expect(v10.schemaVersion).toBe(10)
    expect(v10.sqlite.prepare(stored).all()).toEqual(before)
    const plan = (sql: string, params: unknown[]) =>
      (v10.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ')
    for (const [column, index] of [
      ['quote', 'claims_by_quote'],
      ['createdAt', 'claims_by_created'],
      ['confidence', 'claims_by_confidence'],
      ['articleTitle', 'articles_by_title']
    ] as const) {
      const q = claimPageSql({ sort: [{ column, desc: false }] }, { offset: 0 }, 50)
      expect(plan(q.sql, q.params)).toContain(index)
      expect(plan(q.sql, q.params)).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/) // at most a sort of ties
    }
    await v10.close()
  })
})
