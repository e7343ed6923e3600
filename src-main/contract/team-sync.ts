import { z } from 'zod'
import { call } from './call.ts'
import { teamAnalystName, contentHashField, deviceId, teamArticle, teamEvent } from './team-events.ts'

/**
 * The team server's API (POST /api/<name>, `Authorization: Bearer <token>`).
 * Separate from the desktop's calls: a team server answers only these.
 */
export const TEAM_PROTOCOL = 1

export const teamHello = call(
  'team.hello',
  z.object({}).strict(),
  z.object({
    protocol: z.number().int(),
    /** The team database's schema version (migrations/team/). */
    schemaVersion: z.number().int(),
    analyst: teamAnalystName,
    blind: z.boolean(),
    analysts: z.array(teamAnalystName)
  })
)

export const teamPush = call(
  'team.push',
  z.object({ events: z.array(teamEvent).max(2000), articles: z.array(teamArticle).max(200) }).strict(),
  /** `accepted`: new events stored; `known`: already there (a retried push). */
  z.object({ accepted: z.number().int(), known: z.number().int() })
)

export const pulledEvent = z.intersection(teamEvent, z.object({ seq: z.number().int().positive() }))
export type PulledEvent = z.infer<typeof pulledEvent>

export const teamPull = call(
  'team.pull',
  z
    .object({
      cursor: z.number().int().nonnegative(),
      limit: z.number().int().min(1).max(2000).default(500),
      /** The pulling device: its own events are left out (it has them). */
      device: deviceId.optional()
    })
    .strict(),
  /** Events after `cursor` in the server's order; pass back `cursor` for the next page while `more`. */
  z.object({ events: z.array(pulledEvent), cursor: z.number().int().nonnegative(), more: z.boolean() })
)

export const teamArticles = call('team.articles', z.object({ hashes: z.array(contentHashField).max(200) }).strict(), z.array(teamArticle))

export const teamSearch = call(
  'team.search',
  z.object({ query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(200).default(20) }).strict(),
  z.array(z.object({ hash: contentHashField, title: z.string(), rank: z.number(), snippet: z.string() }))
)

export const teamCalls = {
  [teamHello.name]: teamHello,
  [teamPush.name]: teamPush,
  [teamPull.name]: teamPull,
  [teamArticles.name]: teamArticles,
  [teamSearch.name]: teamSearch
} as const

export type TeamCalls = typeof teamCalls
export type TeamCallName = keyof TeamCalls
export type TeamInputOf<N extends TeamCallName> = z.input<TeamCalls[N]['input']>
export type TeamParsedInputOf<N extends TeamCallName> = z.output<TeamCalls[N]['input']>
export type TeamOutputOf<N extends TeamCallName> = z.output<TeamCalls[N]['output']>
