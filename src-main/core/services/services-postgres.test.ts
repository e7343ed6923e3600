import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { openDatabase } from '../db/open.ts'
import { pgPorts } from '../db/postgres/pg-ports.ts'
import type { DB } from '../db/schema.ts'
import { DatabaseState } from '../db/state.ts'
import type { Store } from '../db/store.ts'
import { usePgDatabase } from '../testing/pg-shared.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { claimHistory, historyState, redo, undo } from './claim-history.ts'
import { createClaim, deleteClaim, updateClaim } from './claims.ts'
import { assignCode, codeAssignments, createCode, deleteCode, listCodes, mergeCodes, moveCode, unassignCode } from './codes.ts'

// int8 (count(*)) as a JS number, as the team server reads it (postgres/open-team.ts)
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v))

const tempDir = useTempDir()
const pgDb = usePgDatabase()

const NOW = sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/**
 * The tables these services touch (migrations 0001–0009: articles, claims, claim_history, codes, claim_codes,
 * claim_codes_parked) in PostgreSQL, with the same columns and rules. There is no PostgreSQL migration of the desktop's
 * schema yet (the team server has its own tables), so the test makes them; the services are the app's, unchanged.
 */
async function createDesktopTables(db: Kysely<DB>): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text')
    .addColumn('url', 'text')
    .addColumn('published', 'text')
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('warnings', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('imported_at', 'text', (c) => c.notNull().defaultTo(NOW))
    .execute()
  await db.schema
    .createTable('claims')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('suffix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('confidence', 'text', (c) => c.check(sql`confidence IN ('evidence', 'assess', 'do not yet know')`))
    .addColumn('attributed_to', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_reliability', 'text')
    .addColumn('claim_credibility', 'integer')
    .addColumn('cue', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
    .addColumn('uid', 'text')
    .addColumn('search_text', 'text')
    .addColumn('speaker_key', 'text')
    .execute()
  await db.schema
    .createTable('claim_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('claim_id', 'integer')
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('cause', 'text', (c) => c.notNull().defaultTo('edit'))
    .addColumn('state', 'text')
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(NOW))
    .addColumn('batch', 'integer')
    .addColumn('trash_id', 'integer')
    .execute()
  await db.schema
    .createTable('codes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('guid', 'text', (c) => c.notNull().unique())
    .addColumn('parent_id', 'integer', (c) => c.references('codes.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
    .execute()
  // SQLite's NOCASE compares ASCII letters ignoring case: lower() here
  await sql`CREATE UNIQUE INDEX codes_sibling_names ON codes (coalesce(parent_id, 0), lower(name))`.execute(db)
  await db.schema
    .createTable('claim_codes')
    .addColumn('claim_id', 'integer', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('code_id', 'integer', (c) => c.notNull().references('codes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('claim_codes_pk', ['claim_id', 'code_id'])
    .execute()
  await db.schema
    .createTable('claim_codes_parked')
    .addColumn('claim_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('code_id', 'integer', (c) => c.notNull().references('codes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('claim_codes_parked_pk', ['claim_id', 'code_id'])
    .execute()
}

const BODY = 'Satellite images show new hangars at the airbase. The ministry denied any build-up near the border.'

/** What an analyst does with codes and claims, and what each step answers (times and GUIDs masked). */
async function session(store: Store): Promise<unknown[]> {
  const { db } = store
  const out: unknown[] = []
  const failure = async (p: Promise<unknown>) => {
    try {
      await p
      return 'no error'
    } catch (err) {
      return err instanceof WorkbenchError ? `${err.code}: ${err.message}` : String(err)
    }
  }
  const article = await db
    .insertInto('articles')
    .values({ title: 'Airbase', body: BODY, content_hash: 'h1', format: 'txt' })
    .returning('id')
    .executeTakeFirstOrThrow()

  const military = await createCode(store, { name: 'Military' })
  const troops = await createCode(store, { name: 'Troop movements', parentId: military.id, color: '#00aa00' })
  const sanctions = await createCode(store, { name: 'Sanctions' })
  out.push(await failure(createCode(store, { name: 'military' })))
  out.push(await moveCode(store, sanctions.id, military.id, 0))

  const hangars = await createClaim(store, { articleId: article.id, start: 0, end: 49, confidence: 'assess', attributedTo: 'Analyst' })
  const denial = await createClaim(store, { articleId: article.id, start: 50, end: 98 })
  out.push(hangars, denial)
  out.push(await updateClaim(store, hangars.id, { confidence: 'evidence', note: 'two sources' }))
  out.push(await failure(updateClaim(store, 999, { note: 'x' })))
  out.push(await assignCode(store, troops.id, [hangars.id, hangars.id]))
  out.push(await assignCode(store, sanctions.id, [hangars.id, denial.id]))
  out.push(await failure(assignCode(store, troops.id, [denial.id, 999])))
  out.push(await codeAssignments(db, article.id))
  out.push(await mergeCodes(store, sanctions.id, troops.id))
  out.push(await unassignCode(store, troops.id, [denial.id]))

  out.push(await deleteClaim(store, denial.id))
  out.push(await historyState(db))
  out.push(await undo(store)) // the delete
  out.push(await undo(store)) // the update
  out.push(await claimHistory(db, hangars.id))
  out.push(await redo(store))
  out.push(await historyState(db))
  out.push(await deleteCode(store, military.id))
  out.push(await listCodes(db))
  const claims = await db.selectFrom('claims').select(['id', 'start', 'end', 'quote', 'confidence', 'note']).orderBy('id').execute()
  out.push(claims)
  return JSON.parse(
    JSON.stringify(out)
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<time>')
      .replace(/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}/g, '<guid>')
  ) as unknown[]
}

describe('the services over PostgreSQL, unchanged', () => {
  let pgStore: Store
  beforeAll(async () => {
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: pgDb.url(), max: 2 }) }) })
    await createDesktopTables(db)
    pgStore = { db, ports: pgPorts(), state: new DatabaseState() }
  })
  afterAll(async () => {
    await pgStore?.db.destroy()
  })

  it('answer the codebook, claims, history and undo/redo steps exactly as over SQLite', async () => {
    const sqlite = openDatabase(dbIn(tempDir()))
    try {
      const onSqlite = await session(sqlite)
      const onPostgres = await session(pgStore)
      expect(onPostgres).toEqual(onSqlite)
      // the session did what it says (not two equal failures)
      expect(onSqlite[0]).toMatch(/^conflict: There is already a code "military" at the top level/)
      expect(onSqlite.at(-1)).toEqual([
        { id: 1, start: 0, end: 49, quote: BODY.slice(0, 49), confidence: 'evidence', note: 'two sources' }, // undone, redone
        { id: 2, start: 50, end: 98, quote: BODY.slice(50, 98), confidence: null, note: '' } // deleted, then undone
      ])
    } finally {
      await sqlite.close()
    }
  })

  it('refuse a backup with a message that says to use pg_dump', async () => {
    await expect(pgStore.ports.backups.copyTo(pgStore.db, '/tmp/x.bak')).rejects.toThrow(/pg_dump/)
  })
})
