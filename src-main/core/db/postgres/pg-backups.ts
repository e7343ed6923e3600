import { WorkbenchError } from '../../../contract/errors.ts'
import type { Backups } from '../ports.ts'

/**
 * The Backups port on PostgreSQL: not supported by the app. A consistent copy of a PostgreSQL database is pg_dump's
 * job (a separate program, not a library), run by whoever runs the server: `pg_dump -Fc -f team.dump <database>`.
 */
export const pgBackups: Backups = {
  copyTo: (_db, target) =>
    Promise.reject(
      new WorkbenchError(
        'rejected',
        `The team server's PostgreSQL database cannot be copied by the app (to ${target}): back it up with pg_dump ` +
          '(pg_dump -Fc -f team.dump <database>) on the server.'
      )
    )
}
