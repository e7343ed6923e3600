import { z } from 'zod'
import type { Envelope } from '../../../contract/errors.ts'
import { TEAM_PROTOCOL, teamCalls, type TeamCallName, type TeamOutputOf, type TeamParsedInputOf } from '../../../contract/team-sync.ts'
import { pgFailure, type TeamDatabase } from '../../db/postgres/open-team.ts'
import { latestTeamVersion } from '../../db/postgres/team-migrate.ts'
import { searchTeamArticles } from '../../db/postgres/team-search.ts'
import { analystNames, authenticate, isBlind, type Analyst } from './analysts.ts'
import { pullEvents, pushEvents, teamArticles } from './sync-events.ts'

export type TeamDispatch = (token: string | undefined, name: unknown, input: unknown) => Promise<Envelope<unknown>>

type TeamHandler<N extends TeamCallName> = (team: TeamDatabase, analyst: Analyst, input: TeamParsedInputOf<N>) => Promise<TeamOutputOf<N>>

/** The team server's one dispatch table. */
const handlers: { [N in TeamCallName]: TeamHandler<N> } = {
  'team.hello': async (team, analyst) => ({
    protocol: TEAM_PROTOCOL,
    schemaVersion: latestTeamVersion(),
    analyst: analyst.name,
    blind: await isBlind(team.db),
    analysts: await analystNames(team.db)
  }),
  'team.push': (team, analyst, { events, articles }) => pushEvents(team.db, analyst, events, articles),
  'team.pull': (team, analyst, { cursor, limit, device }) => pullEvents(team.db, analyst, cursor, limit, device),
  'team.articles': (team, _analyst, { hashes }) => teamArticles(team.db, hashes),
  'team.search': (team, _analyst, { query, limit }) => searchTeamArticles(team.db, query, limit)
}

const isTeamCall = (name: unknown): name is TeamCallName => typeof name === 'string' && Object.hasOwn(teamCalls, name)

/** Authenticates the token, validates the input with the call's schema, runs it; never throws. */
export function createTeamDispatcher(team: TeamDatabase): TeamDispatch {
  return async (token, name, input) => {
    if (!isTeamCall(name))
      return {
        ok: false,
        error: { code: 'unknown_call', message: `A team server has no call named ${JSON.stringify(String(name).slice(0, 80))}.` }
      }
    const spec = teamCalls[name]
    try {
      const analyst = await authenticate(team.db, token)
      const parsed = spec.input.safeParse(input ?? {})
      if (!parsed.success)
        return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${name}: ${z.prettifyError(parsed.error)}` } }
      const handler = handlers[name] as (t: TeamDatabase, a: Analyst, i: unknown) => Promise<unknown>
      return { ok: true, value: await handler(team, analyst, parsed.data) }
    } catch (err) {
      return { ok: false, error: pgFailure(team.shown, err).toWire() }
    }
  }
}
