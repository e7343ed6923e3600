import { z } from 'zod'
import { call } from './call.ts'
import { claimRow } from './claims.ts'
import { confidence, id } from './common.ts'
import { teamAnalystName, uid } from './team-events.ts'

/** The desktop's team calls: joining, syncing, others' claims, agreement and adjudication. */
export const teamStatus = z.object({
  linked: z.boolean(),
  url: z.string().nullable(),
  analyst: z.string().nullable(),
  blind: z.boolean(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** own events not yet on the server (after the next capture) */
  pending: z.number().int(),
  /** the team's analysts as the server last listed them */
  analysts: z.array(z.string())
})
export type TeamStatus = z.infer<typeof teamStatus>

export const getTeamStatus = call('team.status', z.object({}).strict(), teamStatus)

export const joinTeam = call(
  'team.join',
  z
    .object({
      url: z
        .string()
        .trim()
        .regex(/^https?:\/\/\S+$/, "expected the team server's http(s):// URL"),
      analyst: teamAnalystName,
      token: z.string().min(8).max(200)
    })
    .strict(),
  teamStatus
)

export const syncTeam = call('team.sync', z.object({}).strict(), z.object({ pushed: z.number().int(), pulled: z.number().int() }))

export const markArticleDone = call('team.done', z.object({ articleId: id }).strict(), z.object({ articleId: id, done: z.literal(true) }))

/** Another analyst's claim (or an adjudicated one) as this laptop replays it: read-only here. */
export const teamClaimRow = claimRow
  .pick({
    articleId: true,
    articleTitle: true,
    start: true,
    end: true,
    quote: true,
    prefix: true,
    suffix: true,
    confidence: true,
    attributedTo: true,
    note: true,
    sourceReliability: true,
    claimCredibility: true
  })
  .extend({ uid, analyst: z.string(), layer: z.enum(['analyst', 'adjudicated']), basedOn: z.array(uid) })
export type TeamClaimRow = z.infer<typeof teamClaimRow>

export const listTeamClaims = call(
  'team.claims',
  z.object({ articleId: id.optional(), layer: z.enum(['analyst', 'adjudicated']).default('analyst') }).strict(),
  z.array(teamClaimRow)
)

const tagFigures = z.object({ uses: z.record(z.string(), z.number().int()), specificAgreement: z.number().nullable() })
export const agreementReport = z.object({
  analysts: z.array(z.string()),
  articles: z.number().int(),
  matched: z.number().int(),
  unmatched: z.number().int(),
  percent: z.number().nullable(),
  cohenKappa: z.number().nullable(),
  krippendorffAlpha: z.number().nullable(),
  perTag: z.record(z.string(), tagFigures),
  spanF1: z.number().nullable(),
  diagnostics: z.array(z.object({ kind: z.string(), message: z.string() }))
})
export type AgreementReportRow = z.infer<typeof agreementReport>

export const getAgreement = call('agreement.report', z.object({ articleId: id.optional() }).strict(), agreementReport)

/** One span of an article as the analysts marked it, for adjudication. */
export const adjudicationItem = z.object({
  key: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string(),
  /** agreed: every analyst marked it alike; tag / speaker: they differ there; only_one: one analyst's claim */
  kind: z.enum(['agreed', 'tag', 'speaker', 'only_one']),
  claims: z.array(
    z.object({
      uid,
      analyst: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      confidence: confidence.nullable(),
      attributedTo: z.string(),
      note: z.string()
    })
  ),
  adjudicated: teamClaimRow.nullable()
})
export type AdjudicationItem = z.infer<typeof adjudicationItem>

export const listAdjudication = call('adjudication.items', z.object({ articleId: id }).strict(), z.array(adjudicationItem))

export const setAdjudication = call(
  'adjudication.set',
  z
    .object({
      articleId: id,
      /** the analysts' claims this value settles */
      basedOn: z.array(uid).min(1).max(50),
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      confidence: confidence.nullable(),
      attributedTo: z.string().trim().max(300),
      note: z.string().max(20_000).default('')
    })
    .strict(),
  teamClaimRow
)

export const clearAdjudication = call('adjudication.clear', z.object({ uid }).strict(), z.object({ uid }))
