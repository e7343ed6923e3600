import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { copyDatabase } from './sqlite/backup-copy.ts'

/** `<db>.pre-v<N>-<time>.bak`: the copy taken before migrating to version N. */
export function backupName(path: string, from: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `${path}.pre-v${from + 1}-${stamp}.bak`
}

/**
 * The newest whole backup beside the database (`<db>.pre-v<N>-<time>.bak`: highest N, then latest
 * time), or null when there is none. Interrupted `.bak.partial` copies never count.
 */
export function latestBackup(path: string): string | null {
  const prefix = `${basename(path)}.pre-v`
  let names: string[]
  try {
    names = readdirSync(dirname(path))
  } catch {
    return null
  }
  const backups = names
    .map((name) => ({ name, m: name.startsWith(prefix) ? /^(\d+)-(.+)\.bak$/.exec(name.slice(prefix.length)) : null }))
    .filter((b): b is { name: string; m: RegExpExecArray } => b.m !== null)
    .sort((a, b) => Number(b.m[1]) - Number(a.m[1]) || (b.m[2]! > a.m[2]! ? 1 : b.m[2]! < a.m[2]! ? -1 : 0))
  return backups[0] ? join(dirname(path), backups[0].name) : null
}

/** Copies left by a backup that was interrupted (a crash, a kill): never a usable backup, so removed. */
function removeInterruptedBackups(path: string): void {
  const dir = dirname(path)
  const prefix = `${basename(path)}.pre-v`
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith('.bak.partial')) rmSync(join(dir, name), { force: true })
  }
}

/** Copies the database before a migration (copyDatabase: a `.bak` file is always a whole copy; see the Backups port). */
export function backupBeforeMigrating(sqlite: BetterSqlite3.Database, path: string, from: number): string {
  removeInterruptedBackups(path)
  const target = backupName(path, from)
  copyDatabase(sqlite, target)
  return target
}
