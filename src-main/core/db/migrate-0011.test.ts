import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase, type Database } from './open.ts'
import { searchArticles } from './sqlite/fts-search.ts'

const tempDir = useTempDir()

const BODIES = [
  'Various drones crossed the valley; variable winds slowed them.',
  'The report says the port reopened.',
  'Reporters waited at the varnished door.'
]

/** What a search finds: titles, best first. */
const found = (database: Database, query: string): string[] => searchArticles(database, query, 50).map((h) => h.title)

describe('migration 0011 (prefix indexes for search as you type)', () => {
  it('keeps a version-10 library and what its searches find; the index then follows new, changed and deleted reports', async () => {
    const path = dbIn(tempDir())
    const v10 = openDatabase(path, { upTo: 10 })
    const insert = v10.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES (?, ?, ?, 'txt')")
    BODIES.forEach((body, i) => insert.run(`Report ${i + 1}`, body, `h${i}`))
    const queries = ['va', 'var', 'vari', 'various', 'report', 're', 'the port', '"the port"', 'Report 2', 'door']
    const before = queries.map((q) => found(v10, q))
    const articles = v10.sqlite.prepare('SELECT * FROM articles ORDER BY id').all()
    await v10.close()

    const v11 = openDatabase(path, { upTo: 11 })
    expect(v11.schemaVersion).toBe(11)
    expect(v11.sqlite.prepare('SELECT * FROM articles ORDER BY id').all()).toEqual(articles)
    expect(queries.map((q) => found(v11, q))).toEqual(before)
    expect(found(v11, 'var')).toEqual(['Report 1', 'Report 3'])
    expect(v11.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").pluck().get()).toContain("prefix = '2 3 4'")
    // FTS5's own check of the index against the articles (it throws on a difference)
    const indexCheck = v11.sqlite.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    expect(() => indexCheck.run()).not.toThrow()

    // the triggers of 0001 write to the new index
    v11.sqlite
      .prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Report 4', 'Varangian ships.', 'h4', 'txt')")
      .run()
    expect(found(v11, 'vara')).toEqual(['Report 4'])
    v11.sqlite.prepare("UPDATE articles SET body = 'Nothing here.' WHERE title = 'Report 1'").run()
    expect(found(v11, 'vario')).toEqual([])
    v11.sqlite.prepare("DELETE FROM articles WHERE title = 'Report 3'").run()
    expect(found(v11, 'varn')).toEqual([])
    expect(found(v11, 'var')).toEqual(['Report 4'])
    expect(() => indexCheck.run()).not.toThrow()
    await v11.close()
  })
})
