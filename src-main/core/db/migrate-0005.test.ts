import { describe, expect, it } from 'vitest'
import { listSql, listArticles } from '../services/articles.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0005 (library list indexes)', () => {
  it('keeps a version-4 library as it was, listed the same, with the list read from the new indexes', async () => {
    const path = dbIn(tempDir())
    const v4 = openDatabase(path, { upTo: 4 })
    const add = v4.sqlite.prepare(
      "INSERT INTO articles (title, body, content_hash, format, published) VALUES (?, 'We assess it.', ?, 'txt', ?)"
    )
    const older = Number(add.run('Older', 'h1', '2024-01-01').lastInsertRowid)
    const undated = Number(add.run('Undated', 'h2', null).lastInsertRowid)
    const newer = Number(add.run('Newer', 'h3', '2024-06-01').lastInsertRowid)
    const claim = v4.sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence) VALUES (?, 0, 9, \'We assess\', ?)')
    for (const tag of ['assess', 'assess', 'evidence', null]) claim.run(older, tag)
    const before = await listArticles(v4.db)
    await v4.close()

    const v5 = openDatabase(path, { upTo: 5 })
    const after = await listArticles(v5.db)
    expect(after).toEqual(before)
    expect(after.map((a) => a.id)).toEqual([newer, older, undated])
    expect(after[1]!.tagCounts).toEqual({ evidence: 1, assess: 2, 'do not yet know': 0, untagged: 1 })
    const indexes = v5.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('articles_for_list', 'claims_by_article_tag')")
      .pluck()
      .all()
    expect(indexes.sort()).toEqual(['articles_for_list', 'claims_by_article_tag'])
    // the list comes from the indexes alone, in order: no article body is read, nothing sorted afterwards
    const plan = (v5.sqlite.prepare(`EXPLAIN QUERY PLAN ${listSql(v5.db)}`).all() as { detail: string }[]).map((r) => r.detail).join('\n')
    expect(plan).toContain('SCAN a USING COVERING INDEX articles_for_list')
    expect(plan).toContain('COVERING INDEX claims_by_article_tag')
    expect(plan).not.toContain('TEMP B-TREE')
    await v5.close()
  })
})
