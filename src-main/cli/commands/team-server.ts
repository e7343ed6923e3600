import { type Command, InvalidArgumentError } from 'commander'
import type { TeamDatabase } from '../../core/db/postgres/open-team.ts'
import { parsePort } from '../options.ts'
import { printJson } from '../run-core.ts'

/** The server side (pg and all) loads only for these commands, not at every start of `workbench`. */
async function serverSide() {
  const [open, migrate, analysts, dispatch, http] = await Promise.all([
    import('../../core/db/postgres/open-team.ts'),
    import('../../core/db/postgres/team-migrate.ts'),
    import('../../core/team/server/analysts.ts'),
    import('../../core/team/server/team-dispatch.ts'),
    import('../../transports/team-http.ts')
  ])
  return { ...open, ...migrate, ...analysts, ...dispatch, ...http }
}

const pgOption = (cmd: Command): Command =>
  cmd.requiredOption('--pg <url>', "the team's PostgreSQL database, e.g. postgres://team@db.local:5432/team")

async function withTeam<T>(url: string, fn: (team: TeamDatabase, lib: Awaited<ReturnType<typeof serverSide>>) => Promise<T>): Promise<T> {
  const lib = await serverSide()
  const { openTeamDatabase, pgFailure } = lib
  const team = openTeamDatabase(url, { max: 2 })
  try {
    return await fn(team, lib)
  } catch (err) {
    throw pgFailure(team.shown, err)
  } finally {
    await team.close()
  }
}

function parseOnOff(v: string): boolean {
  if (v === 'on' || v === 'off') return v === 'on'
  throw new InvalidArgumentError('must be on or off')
}

/** The team server's commands: set up its PostgreSQL schema, manage analysts, serve the sync API. */
export function registerTeamServerCommands(team: Command): void {
  pgOption(team.command('init').description('create or migrate the team schema in PostgreSQL')).action(async (opts: { pg: string }) => {
    const r = await withTeam(opts.pg, (t, lib) => lib.migrateTeam(t.db, t.shown))
    process.stderr.write(
      r.from === r.to
        ? `The team database is up to date (schema version ${r.to}).\n`
        : `Team database migrated from schema version ${r.from} to ${r.to}.\n`
    )
  })

  pgOption(team.command('add-analyst').description('add an analyst and print their secret token (once: only a hash is kept)'))
    .argument('<name>', "the analyst's name, as teammates will see it")
    .option('--json', 'print {name, token}')
    .action(async (name: string, opts: { pg: string; json?: boolean }) => {
      const created = await withTeam(opts.pg, async (t, lib) => {
        await lib.assertTeamSchema(t.db, t.shown)
        return lib.addAnalyst(t.db, name)
      })
      if (opts.json) printJson(created)
      else
        process.stdout.write(
          `Analyst ${created.name}: token ${created.token}\n(shown once; give it to ${created.name} for \`workbench team join\`)\n`
        )
    })

  pgOption(team.command('revoke-analyst').description("revoke an analyst's token: their pushes and pulls are refused from now on"))
    .argument('<name>')
    .action(async (name: string, opts: { pg: string }) => {
      await withTeam(opts.pg, (t, lib) => lib.revokeAnalyst(t.db, name))
      process.stderr.write(`Revoked ${name}'s token.\n`)
    })

  pgOption(team.command('blind').description("blind mode: others' judgments on an article stay hidden until one marks it done"))
    .argument('<on|off>', 'on or off', parseOnOff)
    .action(async (blind: boolean, opts: { pg: string }) => {
      await withTeam(opts.pg, async (t, lib) => {
        await lib.assertTeamSchema(t.db, t.shown)
        await lib.setBlind(t.db, blind)
      })
      process.stderr.write(`Blind mode is ${blind ? 'on' : 'off'}.\n`)
    })

  pgOption(team.command('serve').description('serve the team sync API (127.0.0.1 unless --host; put TLS in front of it for a LAN)'))
    .option('--port <n>', 'port (default: a free one)', parsePort, 0)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { pg: string; port: number; host: string }) => {
      const { openTeamDatabase, assertTeamSchema, pgFailure, startTeamHttpServer, createTeamDispatcher } = await serverSide()
      const t = openTeamDatabase(opts.pg)
      try {
        await assertTeamSchema(t.db, t.shown)
      } catch (err) {
        await t.close()
        throw pgFailure(t.shown, err)
      }
      const server = await startTeamHttpServer({ dispatch: createTeamDispatcher(t), port: opts.port, host: opts.host })
      process.stdout.write(`Team server: ${server.url}\n`)
      const stop = (): void => {
        void server
          .close()
          .then(() => t.close())
          .then(() => process.exit(0))
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
}
