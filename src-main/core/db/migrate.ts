import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { WorkbenchError } from '../../contract/errors.ts'
import { migrationsDir } from '../app-root.ts'

export interface Migration {
  version: number
  name: string
  sql: string
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/

/** Reads migrations/NNNN_name.sql; versions must run 1, 2, 3… without gaps. */
export function loadMigrations(dir: string = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const m = FILE_PATTERN.exec(file)
      if (!m) throw new Error(`migration file name ${file} does not match NNNN_name.sql`)
      return { version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(
        `migrations must be numbered 0001, 0002, … without gaps; found ${String(m.version).padStart(4, '0')} at position ${i + 1}`
      )
  })
  return migrations
}

export const latestVersion = (migrations: Migration[]): number => migrations.at(-1)?.version ?? 0

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number
}

export function newerDatabaseError(path: string, found: number, known: number): WorkbenchError {
  return new WorkbenchError(
    'db_newer',
    `${path} was written by a newer Analyst Workbench (database version ${found}; this app knows up to ${known}). ` +
      'Install the newer app to open it. The file was not changed.',
    { path, found, known }
  )
}

/**
 * Applies every migration above the database's user_version, each in its own
 * transaction together with the user_version bump: a crash leaves the old version
 * or the new one, never a mix.
 */
export function migrate(sqlite: BetterSqlite3.Database, migrations: Migration[], upTo = latestVersion(migrations)): number[] {
  const current = schemaVersion(sqlite)
  const known = latestVersion(migrations)
  if (current > known) throw newerDatabaseError(sqlite.name, current, known)
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= current || m.version > upTo) continue
    const step = sqlite.transaction(() => {
      sqlite.exec(m.sql)
      sqlite.pragma(`user_version = ${m.version}`)
    })
    try {
      step.immediate()
    } catch (err) {
      throw new Error(`migration ${String(m.version).padStart(4, '0')}_${m.name} failed: ${(err as Error).message}`, { cause: err })
    }
    applied.push(m.version)
  }
  return applied
}
