import { WorkbenchError } from '../../contract/errors.ts'
import { sqliteCode } from './sqlite-errors.ts'

const FS_READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS'])

/**
 * What a failure to open (or migrate) the database means to a user: a read-only
 * file or folder, another program holding the database, a full disk. Each message
 * names the file and says what to do; every step of opening is all or nothing, so
 * the file is intact. Other failures come back as they are.
 */
export function openFailure(path: string, err: unknown): unknown {
  if (err instanceof WorkbenchError) return err
  const code = sqliteCode(err)
  const fsCode = String((err as { code?: unknown })?.code ?? '')
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || FS_READ_ONLY.has(fsCode)) {
    return new WorkbenchError(
      'read_only',
      `${path} cannot be written (the file or its folder is read-only, or belongs to another user), so Analyst Workbench cannot use it; nothing in it was changed. ` +
        'Give yourself write permission on the file and its folder, or copy the file to a folder you can write to and open that copy.',
      { path }
    )
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new WorkbenchError(
      'busy',
      `${path} is in use by another program that is writing to it, so Analyst Workbench could not open it; the file is intact. ` +
        'Close the other program (or wait for it to finish) and start again.',
      { path }
    )
  }
  if (code.startsWith('SQLITE_FULL') || fsCode === 'ENOSPC') {
    return new WorkbenchError(
      'disk_full',
      `The disk holding ${path} is full, so Analyst Workbench could not open it; the file is intact. Free some space and start again.`,
      { path }
    )
  }
  return err
}
