import { afterAll, beforeAll } from 'vitest'
import { startTeamHttpServer, type TeamHttpServer } from '../team-http.ts'
import { httpTeamRemote } from '../team-client.ts'
import { invoke } from '../../cli/run-core.ts'
import { startCore, type Core } from '../../core/core.ts'
import { openTeamDatabase, type TeamDatabase } from '../../core/db/postgres/open-team.ts'
import { migrateTeam } from '../../core/db/postgres/team-migrate.ts'
import { usePgDatabase } from '../../core/testing/pg-shared.ts'
import { dbIn } from '../../core/testing/temp-db.ts'
import { addAnalyst } from '../../core/team/server/analysts.ts'
import { createTeamDispatcher } from '../../core/team/server/team-dispatch.ts'

export interface TeamServerFixture {
  team: () => TeamDatabase
  url: () => string
  /** Adds an analyst on the server; returns their token. */
  analyst: (name: string) => Promise<string>
}

/** A migrated team database in the run's PostgreSQL and a team server on it, for one test file. */
export function useTeamServer(): TeamServerFixture {
  const pg = usePgDatabase()
  let team: TeamDatabase
  let server: TeamHttpServer
  beforeAll(async () => {
    team = openTeamDatabase(pg.url())
    await migrateTeam(team.db, team.shown)
    server = await startTeamHttpServer({ dispatch: createTeamDispatcher(team) })
  })
  afterAll(async () => {
    await server?.close()
    await team?.close()
  })
  return { team: () => team, url: () => server.url, analyst: async (name) => (await addAnalyst(team.db, name)).token }
}

/** A laptop: a core over its own database (in `dir`) that reaches team servers over HTTP. */
export const laptop = (dir: string, seed = false): Promise<Core> =>
  startCore(dbIn(dir), { transport: 'direct', seed, checkOutput: true, teamRemote: httpTeamRemote })

/** Imports one report text through the app's own import job (as the page uploads it) and gives its article id. */
export async function importReport(core: Core, text: string): Promise<number> {
  const { jobId } = await invoke(core, 'import.start', {
    files: [{ name: 'airbase.txt', dataBase64: Buffer.from(text).toString('base64') }]
  })
  for (;;) {
    const s = await invoke(core, 'import.status', { jobId, resultsFrom: 0, waitMs: 2000 })
    if (s.finished) return s.results[0]!.id!
  }
}
