import { z } from 'zod'
import { reliability, credibility } from './claims.ts'
import { confidence, singleLineName } from './common.ts'
import { articleFormats } from './articles.ts'

/**
 * The unit of team sync: an append-only log of judgment events. Each has a
 * unique id (so a retried push never duplicates), the analyst and device that
 * made it, and a hybrid logical clock stamp (core/team/hlc.ts) that orders it
 * without trusting wall clocks. Articles are named by their canonical-text hash.
 */
export const uid = z.string().regex(/^[0-9a-f]{32}$/, 'expected 32 hex digits')
export const deviceId = z.string().regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits')
export const contentHashField = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex')
export const hlcStamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/, 'expected a hybrid logical clock stamp')
/** An analyst's name on a team: one line (as for the exchange's analyst), no "@" (a revoked name is parked as name@revoked-…). */
export const teamAnalystName = singleLineName('an analyst needs a name')
  .max(100)
  .regex(/^[^@]*$/, 'a name may not hold "@"')

const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().max(100_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000)
}
const judgment = {
  confidence: confidence.nullable(),
  attributedTo: z.string().max(300),
  note: z.string().max(20_000),
  sourceReliability: reliability.nullable(),
  claimCredibility: credibility.nullable()
}
const none = z.object({}).strict()

export const eventBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim.created'), payload: z.object({ ...span, ...judgment }).strict() }),
  z.object({ kind: z.literal('claim.retagged'), payload: z.object({ confidence: judgment.confidence }).strict() }),
  z.object({ kind: z.literal('claim.attributed'), payload: z.object({ attributedTo: judgment.attributedTo }).strict() }),
  z.object({ kind: z.literal('claim.noted'), payload: z.object({ note: judgment.note }).strict() }),
  z.object({
    kind: z.literal('claim.graded'),
    payload: z.object({ sourceReliability: judgment.sourceReliability, claimCredibility: judgment.claimCredibility }).strict()
  }),
  z.object({ kind: z.literal('claim.deleted'), payload: none }),
  /** The analyst finished the article: in blind mode, others' judgments on it show from now on. */
  z.object({ kind: z.literal('article.done'), payload: none }),
  /** The adjudicated layer: one final value per disagreement, `claim` is the adjudicated claim's own uid. */
  z.object({
    kind: z.literal('adjudication.set'),
    payload: z
      .object({
        ...span,
        confidence: judgment.confidence,
        attributedTo: judgment.attributedTo,
        note: judgment.note,
        basedOn: z.array(uid).max(50)
      })
      .strict()
  }),
  z.object({ kind: z.literal('adjudication.cleared'), payload: none })
])
export type EventBody = z.infer<typeof eventBody>

export const teamEvent = z.intersection(
  z.object({
    id: uid,
    analyst: teamAnalystName,
    device: deviceId,
    hlc: hlcStamp,
    article: contentHashField,
    /** The claim (or adjudicated claim) the event is about; null for article.done. */
    claim: uid.nullable()
  }),
  eventBody
)
export type TeamEvent = z.infer<typeof teamEvent>

/** An article as the team shares it: its canonical text and what was known about it. */
export const teamArticle = z.object({
  hash: contentHashField,
  title: z.string().max(2000),
  body: z.string().max(20_000_000),
  source: z.string().max(2000).nullable(),
  url: z.string().max(4000).nullable(),
  published: z.string().max(40).nullable(),
  format: z.enum(articleFormats)
})
export type TeamArticle = z.infer<typeof teamArticle>
