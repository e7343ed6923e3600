import { z } from 'zod'
import { confidence, id } from './common.ts'

export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export const reliability = z.enum(reliabilityGrades)
export const credibility = z.number().int().min(1).max(6)

/**
 * A claim's stored fields, declared once: the name the contract uses, its column in the claims table
 * (core/db/schema.ts ClaimsTable types it), its schema, and whether the grid of every claim
 * (claims.columns) carries it. claimRow, claimColumns and the core's column lists are made from this.
 * Adding a field: a migration, an entry here and one in ClaimsTable.
 */
export const CLAIM_FIELDS = {
  id: { column: 'id', schema: id, grid: true },
  articleId: { column: 'article_id', schema: id, grid: true },
  start: { column: 'start', schema: z.number().int().nonnegative(), grid: true },
  end: { column: 'end', schema: z.number().int().positive(), grid: true },
  quote: { column: 'quote', schema: z.string(), grid: true },
  prefix: { column: 'prefix', schema: z.string(), grid: false },
  suffix: { column: 'suffix', schema: z.string(), grid: false },
  confidence: { column: 'confidence', schema: confidence.nullable(), grid: true },
  attributedTo: { column: 'attributed_to', schema: z.string(), grid: true },
  note: { column: 'note', schema: z.string(), grid: true },
  sourceReliability: { column: 'source_reliability', schema: reliability.nullable(), grid: true },
  claimCredibility: { column: 'claim_credibility', schema: credibility.nullable(), grid: true },
  cue: { column: 'cue', schema: z.string().nullable(), grid: true },
  createdAt: { column: 'created_at', schema: z.string(), grid: true },
  updatedAt: { column: 'updated_at', schema: z.string(), grid: true }
} as const

type Fields = typeof CLAIM_FIELDS
export type ClaimField = keyof Fields
/** The fields the grid of every claim carries (all but prefix and suffix). */
export type GridField = { [K in ClaimField]: Fields[K]['grid'] extends true ? K : never }[ClaimField]

/** A claims row as stored, column by column (snake_case), typed from the fields' schemas. */
export type StoredClaim = { [K in ClaimField as Fields[K]['column']]: z.infer<Fields[K]['schema']> }

export const claimFieldNames = Object.keys(CLAIM_FIELDS) as ClaimField[]
export const gridFieldNames = claimFieldNames.filter((f) => CLAIM_FIELDS[f].grid) as GridField[]

export const claimFieldShape = Object.fromEntries(claimFieldNames.map((f) => [f, CLAIM_FIELDS[f].schema])) as {
  [K in ClaimField]: Fields[K]['schema']
}
export const gridColumnsShape = Object.fromEntries(gridFieldNames.map((f) => [f, z.array(CLAIM_FIELDS[f].schema)])) as {
  [K in GridField]: z.ZodArray<Fields[K]['schema']>
}
