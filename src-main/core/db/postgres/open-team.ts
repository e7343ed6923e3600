import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { TeamDB } from './team-schema.ts'

// int8 (bigserial seq, count(*)) as a JS number: the team's event log stays far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v))

export interface TeamDatabase {
  db: Kysely<TeamDB>
  /** The URL without its password, for messages. */
  shown: string
  close(): Promise<void>
}

/** The URL with any password replaced by ***, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(an unreadable URL)'
  }
}

/** A pool of connections to the team's PostgreSQL database (nothing is checked or created yet). */
export function openTeamDatabase(url: string, opts: { max?: number } = {}): TeamDatabase {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new WorkbenchError(
      'invalid_input',
      `--pg needs a PostgreSQL URL like postgres://user@host:5432/team, not "${url.slice(0, 100)}".`
    )
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 8, connectionTimeoutMillis: 10_000 })
  // A connection cut while idle (the server restarted) is dropped from the pool; without a listener it would end the process.
  pool.on('error', () => undefined)
  const db = new Kysely<TeamDB>({ dialect: new PostgresDialect({ pool }) })
  return { db, shown: redactUrl(url), close: () => db.destroy() }
}

/** What PostgreSQL said, as a message that names the server and says what to do. */
export function pgFailure(shown: string, err: unknown): WorkbenchError {
  if (err instanceof WorkbenchError) return err
  const e = err as { code?: string; message?: string }
  const reach = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '57P01', '57P03']
  if (e.code && reach.includes(e.code))
    return new WorkbenchError('busy', `Cannot reach the team database at ${shown} (${e.code}): is PostgreSQL running?`)
  if (e.code === '3D000')
    return new WorkbenchError('not_found', `The team database at ${shown} does not exist: create it (createdb) first.`)
  if (e.code === '28P01' || e.code === '28000')
    return new WorkbenchError('unauthorized', `PostgreSQL refused the login for ${shown}: ${e.message}`)
  return new WorkbenchError('internal', `The team database at ${shown} failed: ${e.message ?? String(err)}`)
}
