import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { WorkbenchError } from '../../contract/errors.ts'
import { backupBeforeMigrating, latestBackup } from './backup.ts'
import { backgroundGate, checkedBeforeOpen, quickCheckOnThread, type IntegrityGate, type RunningCheck } from './integrity-gate.ts'
import { openFailure } from './open-failure.ts'
import { refreshClaimFolds } from './sqlite/claim-folds.ts'
import { DatabaseState } from './state.ts'
import { onConnection } from './sqlite/handle.ts'
import { sqlitePorts } from './sqlite/sqlite-ports.ts'
import type { Store } from './store.ts'
import { latestVersion, loadMigrations, migrate, newerDatabaseError, schemaVersion, type Migration } from './migrate.ts'
import type { DB } from './schema.ts'

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron needs its own ABI). */
  nativeBinding?: string
  migrations?: Migration[]
  /** Stop at this schema version (tests build older schemas with it). */
  upTo?: number
  /** How long a write waits for another program's write to finish before failing as busy (default 5000 ms). */
  busyTimeoutMs?: number
  /**
   * When an existing file gets its integrity check (quick_check, ≈ 3 s for 1 GB): before it opens (the default), or in
   * the background on a thread of its own while reads go ahead and writes wait (the app). The background check applies
   * to a file at the current schema version in WAL mode with no unsaved log; any other file is checked before opening.
   */
  integrityCheck?: 'before-open' | 'background'
  /** the background check (default: quick_check on a worker thread); tests give one they can hold */
  runCheck?: (path: string) => RunningCheck
}

/** An open SQLite database: a Store (the builder, SQLite's ports, the state) with its raw connection for core/db. */
export interface Database extends Store {
  path: string
  /** the raw connection: for core/db (and tests) only; services go through `db` and `ports` */
  sqlite: BetterSqlite3.Database
  db: Kysely<DB>
  schemaVersion: number
  /** Where the pre-migration copy went, when this open migrated an existing database. */
  backupPath: string | null
  /** Statements, caches and jobs the services keep for this database (never shared between cores). */
  state: DatabaseState
  /** The file's integrity check: passed, or still running in the background (writes wait for it), or failed. */
  integrity: IntegrityGate
  /**
   * A second, read-only connection to the same file (long reads such as export run on it, so they never block the app's connection). Close
   * it when done.
   */
  openReader(): BetterSqlite3.Database
  close(): Promise<void>
}

function damaged(path: string, problem: string): WorkbenchError {
  const backup = latestBackup(path)
  // A -wal file left beside the damaged file would be replayed into the restored copy: it has to go too.
  const restore = backup
    ? `To restore the latest backup, quit the app, delete ${path}-wal and ${path}-shm if they exist, and copy ${backup} to ${path} ` +
      `(it holds your work up to the last upgrade; a newer copy from your own backups is better if you have one).`
    : `No automatic backup is beside it (one is made before each upgrade). To restore, quit the app, delete ${path}-wal and ` +
      `${path}-shm if they exist, and put a copy from your own backups at ${path}.`
  return new WorkbenchError('db_damaged', `${path} cannot be used: ${problem}. It was not changed. ${restore}`, { path, backup })
}

/**
 * Looks at an existing file read-only before anything writes to it, so a file
 * from a newer app, a damaged file or someone else's database is refused with its
 * bytes untouched.
 */
function inspectExisting(path: string, known: number, nativeBinding: string | undefined, checkNow: (version: number) => boolean): number {
  let probe: BetterSqlite3.Database | undefined
  try {
    probe = new Sqlite(path, { readonly: true, fileMustExist: true, nativeBinding })
    const version = schemaVersion(probe)
    if (version > known) throw newerDatabaseError(path, version, known)
    const check = checkNow(version) ? probe.pragma('quick_check', { simple: true }) : 'ok'
    if (check !== 'ok') throw damaged(path, `the integrity check reports "${String(check)}"`)
    if (version === 0) {
      const tables = probe.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number
      if (tables > 0)
        throw new WorkbenchError(
          'rejected',
          `${path} is an SQLite database of some other program, not an Analyst Workbench database. It was not changed.`,
          { path }
        )
    }
    return version
  } catch (err) {
    if (err instanceof WorkbenchError) throw err
    const code = (err as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged(path, 'it is not a readable SQLite database')
    throw err
  } finally {
    probe?.close()
  }
}

function applyPragmas(sqlite: BetterSqlite3.Database, busyTimeoutMs: number): void {
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  sqlite.pragma('journal_mode = WAL')
  // FULL: a commit is on disk before the UI shows it as saved, even across power loss.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
}

/**
 * Fails now, rather than at the user's first save, when this user cannot write
 * the file. (SQLite would open it read-only without a word, and in WAL mode even
 * a write transaction starts; only the first real write would fail.)
 */
function assertWritable(path: string): void {
  accessSync(path, constants.W_OK)
}

/** Opens (creating if needed) the workbench database, migrated to the latest schema. */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? loadMigrations()
  const target = options.upTo ?? latestVersion(migrations)
  try {
    return openChecked(path, migrations, target, options)
  } catch (err) {
    throw openFailure(path, err)
  }
}

/**
 * Whether the file may be opened before its integrity check: it is at the schema version wanted (opening writes nothing:
 * no migration, no backup) and in WAL mode with no log to replay, so a query-only connection leaves its bytes as they are.
 */
function checkLater(path: string, version: number, target: number, options: OpenOptions): boolean {
  if (options.integrityCheck !== 'background' || version !== target) return false
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) return false
  const header = Buffer.alloc(20)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, 20, 0)
  } finally {
    closeSync(fd)
  }
  return header[18] === 2 && header[19] === 2 // the file format's read and write versions: 2 is WAL
}

function openChecked(path: string, migrations: Migration[], target: number, options: OpenOptions): Database {
  const exists = existsSync(path) && statSync(path).size > 0
  if (existsSync(path)) assertWritable(path)
  let later = false
  const checkNow = (version: number): boolean => {
    later = checkLater(path, version, target, options)
    return !later
  }
  const before = exists ? inspectExisting(path, latestVersion(migrations), options.nativeBinding, checkNow) : 0
  mkdirSync(dirname(path), { recursive: true })

  const sqlite = new Sqlite(path, { nativeBinding: options.nativeBinding })
  try {
    applyPragmas(sqlite, options.busyTimeoutMs ?? 5000)
    let backupPath: string | null = null
    if (exists && before > 0 && before < target) {
      backupPath = backupBeforeMigrating(sqlite, path, before)
    }
    migrate(sqlite, migrations, target)
    const folds = (): void => {
      if (sqlite.prepare("SELECT 1 FROM pragma_table_info('claims') WHERE name = 'search_text'").get()) refreshClaimFolds(sqlite)
    }
    if (!later) folds()
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) })
    const state = new DatabaseState()
    const integrity = later
      ? backgroundGate({
          sqlite,
          check: (options.runCheck ?? ((p) => quickCheckOnThread(p, options.nativeBinding)))(path),
          damaged: (problem) => damaged(path, problem),
          // claims another program wrote are folded once writes are allowed (a filtered read folds them too)
          onPassed: () => void onConnection(db, folds).catch(() => undefined)
        })
      : checkedBeforeOpen
    return {
      path,
      sqlite,
      db,
      ports: sqlitePorts({ sqlite, state }, integrity),
      schemaVersion: schemaVersion(sqlite),
      backupPath,
      state,
      integrity,
      openReader: () => new Sqlite(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding }),
      close: async () => {
        await integrity.stop()
        await db.destroy() // closes the better-sqlite3 handle, but only if Kysely ever ran a query
        if (sqlite.open) sqlite.close()
      }
    }
  } catch (err) {
    sqlite.close()
    throw err
  }
}
