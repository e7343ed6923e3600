import { WorkbenchError, type ErrorCode } from '../../contract/errors.ts'

const SQLITE_CODES: Record<string, [ErrorCode, string]> = {
  SQLITE_BUSY: ['busy', 'The database is busy (another program is writing to it). Try again in a moment.'],
  SQLITE_LOCKED: ['busy', 'The database is locked by another program. Try again in a moment.'],
  SQLITE_READONLY: ['read_only', 'The database file is read-only, so nothing can be saved. Check its permissions.'],
  SQLITE_FULL: ['disk_full', 'The disk is full, so nothing could be saved. Free some space and try again.'],
  SQLITE_CONSTRAINT: ['conflict', 'That change would break a rule of the data']
}

/** The SQLite result code of an error or of the error it wraps (`cause`), e.g. "SQLITE_BUSY_SNAPSHOT"; '' for other errors. */
export function sqliteCode(err: unknown): string {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code
  }
  return ''
}

/** A typed error for a failure of SQLite a user can act on (busy, read-only, disk full, a broken rule), or null. */
export function sqliteFailure(err: unknown): WorkbenchError | null {
  const code = sqliteCode(err)
  for (const [prefix, [kind, message]] of Object.entries(SQLITE_CODES)) {
    if (code.startsWith(prefix)) return new WorkbenchError(kind, kind === 'conflict' ? `${message}: ${(err as Error).message}` : message)
  }
  return null
}

/** Turns anything thrown by a handler into a typed wire error. */
export function toWorkbenchError(err: unknown): WorkbenchError {
  if (err instanceof WorkbenchError) return err
  return sqliteFailure(err) ?? new WorkbenchError('internal', `Internal error: ${err instanceof Error ? err.message : String(err)}`)
}

/** Whether a write broke a unique rule, in either dialect: SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505. */
export function isUniqueViolation(err: unknown): boolean {
  return sqliteCode(err).startsWith('SQLITE_CONSTRAINT_UNIQUE') || (err as { code?: unknown } | null)?.code === '23505'
}
