import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'
import { TABLES } from './schema.ts'

const tempDir = useTempDir()

describe('the Database interface (schema.ts)', () => {
  it('names every table the migrations create, and no other (the FTS index sits behind the search port)', async () => {
    const database = openDatabase(dbIn(tempDir()))
    const tables = database.sqlite
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name"
      )
      .pluck()
      .all()
    expect(tables).toEqual(Object.keys(TABLES).sort())
    await database.close()
  })
})
