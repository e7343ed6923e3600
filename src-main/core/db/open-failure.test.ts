import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { openFailure } from './open-failure.ts'

const sqliteError = (code: string): Error => Object.assign(new Error(code.toLowerCase()), { code })
const wrapped = (code: string): Error => new Error('migration 0004_x failed: …', { cause: sqliteError(code) }) // as migrate() reports it

describe('what a failure to open the database tells the user', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full', /disk holding \/data\/w\.sqlite is full.*Free some space/],
    ['SQLITE_BUSY', 'busy', /in use by another program.*start again/],
    ['SQLITE_READONLY_DIRECTORY', 'read_only', /cannot be written.*read-only/],
    ['SQLITE_CANTOPEN', 'read_only', /cannot be written/]
  ])('%s, also inside a failed migration, becomes %s', (code, kind, message) => {
    for (const err of [sqliteError(code), wrapped(code)]) {
      const failure = openFailure('/data/w.sqlite', err) as WorkbenchError
      expect(failure).toBeInstanceOf(WorkbenchError)
      expect(failure.code).toBe(kind)
      expect(failure.message).toMatch(message)
    }
  })

  it('maps a folder the user may not write in, and leaves other errors as they are', () => {
    expect((openFailure('/data/w.sqlite', Object.assign(new Error('EACCES'), { code: 'EACCES' })) as WorkbenchError).code).toBe('read_only')
    const other = new Error('something else')
    expect(openFailure('/data/w.sqlite', other)).toBe(other)
  })
})
