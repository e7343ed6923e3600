import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { WorkbenchError } from '../../../contract/errors.ts'
import { migrationsDir } from '../../app-root.ts'
import type { TeamDB } from './team-schema.ts'

export interface TeamMigration {
  version: number
  name: string
  sql: string
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/
/** Any number: one lock id for "the team schema is being migrated". */
const MIGRATION_LOCK = 716_160_001

/** migrations/team/NNNN_name.sql, numbered 0001, 0002, … without gaps (like the local ones). */
export function loadTeamMigrations(dir: string = join(migrationsDir(), 'team')): TeamMigration[] {
  const list = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const m = FILE_PATTERN.exec(file)
      if (!m) throw new Error(`team migration file name ${file} does not match NNNN_name.sql`)
      return { version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }
    })
    .sort((a, b) => a.version - b.version)
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`team migrations must be numbered 0001, 0002, … without gaps; found ${m.version} at position ${i + 1}`)
  })
  return list
}

export const latestTeamVersion = (migrations: TeamMigration[] = loadTeamMigrations()): number => migrations.at(-1)?.version ?? 0

/** The schema version of the team database (0 when it was never initialised). */
export async function teamSchemaVersion(db: Kysely<TeamDB>): Promise<number> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('team_schema_version')::text AS t`.execute(db)
  if (!exists.rows[0]?.t) return 0
  const row = await db
    .selectFrom('team_schema_version')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst()
  return Number(row?.v ?? 0)
}

export function newerTeamSchema(shown: string, found: number, known: number): WorkbenchError {
  return new WorkbenchError(
    'db_newer',
    `The team database at ${shown} has schema version ${found}, newer than this workbench knows (${known}). ` +
      'Update the workbench; nothing was changed.',
    { found, known }
  )
}

/**
 * Brings the team database to the latest schema: each migration in its own
 * transaction together with its version row, under an advisory lock (two
 * `team init`s at once apply each step once). Refuses a newer schema.
 */
export async function migrateTeam(
  db: Kysely<TeamDB>,
  shown: string,
  migrations: TeamMigration[] = loadTeamMigrations()
): Promise<{ from: number; to: number }> {
  await sql`CREATE TABLE IF NOT EXISTS team_schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db
  )
  const known = latestTeamVersion(migrations)
  const from = await teamSchemaVersion(db)
  if (from > known) throw newerTeamSchema(shown, from, known)
  for (const m of migrations) {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
      const current = await teamSchemaVersion(trx)
      if (m.version <= current) return
      await sql.raw(m.sql).execute(trx)
      await trx.insertInto('team_schema_version').values({ version: m.version, name: m.name }).execute()
    })
  }
  return { from, to: known }
}

/** For a server about to serve: the schema must be exactly what this build knows. */
/** @public (the CLI loads it through a dynamic import) */
export async function assertTeamSchema(db: Kysely<TeamDB>, shown: string): Promise<number> {
  const known = latestTeamVersion()
  const found = await teamSchemaVersion(db)
  if (found > known) throw newerTeamSchema(shown, found, known)
  if (found < known)
    throw new WorkbenchError(
      'rejected',
      `The team database at ${shown} is at schema version ${found} of ${known}: run \`workbench team init --pg URL\` first.`
    )
  return found
}
