import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'

const PARTIAL = '.partial'

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Copies the database (a consistent snapshot, by VACUUM INTO; not inside a transaction) to `target`. The copy is
 * written under `<target>.partial`, flushed to disk, then renamed, so `target` is always a whole copy: a crash part
 * way leaves only the `.partial` file. (VACUUM INTO itself neither syncs its output nor writes it atomically.)
 */
export function copyDatabase(sqlite: BetterSqlite3.Database, target: string): void {
  const partial = target + PARTIAL
  sqlite.prepare('VACUUM INTO ?').run(partial)
  fsyncPath(partial)
  renameSync(partial, target)
  fsyncPath(dirname(target)) // the rename itself on disk
}
