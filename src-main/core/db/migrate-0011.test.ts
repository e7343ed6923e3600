import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'
import { libraryViewSql, viewIdsSql } from './sqlite/article-page-sql.ts'

const tempDir = useTempDir()

describe('migration 0011 (indexes of the library views)', () => {
  it('keeps a version-10 library as it was, and a sorted window of the library is read from an index, not a sort', async () => {
    const path = dbIn(tempDir())
    const v10 = openDatabase(path, { upTo: 10 })
    const insert = v10.sqlite.prepare(
      "INSERT INTO articles (title, body, content_hash, format, source, published) VALUES (?, ?, ?, 'txt', ?, ?)"
    )
    insert.run('B', 'One.', 'h1', 'Wire', '2024-01-02')
    insert.run('A', 'Two.', 'h2', null, null)
    const stored = 'SELECT id, title, source, published, imported_at FROM articles ORDER BY id'
    const before = v10.sqlite.prepare(stored).all()
    await v10.close()

    const v11 = openDatabase(path, { upTo: 11 })
    expect(v11.schemaVersion).toBe(11)
    expect(v11.sqlite.prepare(stored).all()).toEqual(before)
    const plan = (q: { sql: string; params: unknown[] }) =>
      (v11.sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail).join(' | ')
    for (const [column, index] of [
      ['importedAt', 'articles_by_imported'],
      ['source', 'articles_by_source'],
      ['published', 'articles_for_list'],
      ['title', 'articles_by_title']
    ] as const)
      for (const desc of [false, true]) {
        const q = viewIdsSql(libraryViewSql({ sort: { column, desc } }, null), 0, 100)
        expect(plan(q)).toContain(index)
        expect(plan(q)).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/)
      }
    await v11.close()
  })
})
