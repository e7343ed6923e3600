import { z } from 'zod'
import { call } from './call.ts'
import { confidence, id } from './common.ts'

export const pairRelations = ['agrees', 'conflicts', 'only left', 'only right'] as const
export const conflictKinds = ['number', 'confidence', 'negation', 'date'] as const
export const namedEntityKinds = ['person', 'place', 'organization', 'other'] as const

/** One side of a pair: a stored claim, or a suggested one (claimId null) where the article has no claims yet. */
export const comparedClaim = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  confidence: confidence.nullable(),
  claimId: id.nullable(),
  suggested: z.boolean(),
  attributedTo: z.string()
})
export type ComparedClaim = z.infer<typeof comparedClaim>

export const claimConflict = z.object({ kind: z.enum(conflictKinds), left: z.string(), right: z.string() })

export const sharedEntity = z.object({ name: z.string(), kind: z.enum(namedEntityKinds) })

export const claimPair = z.object({
  relation: z.enum(pairRelations),
  left: comparedClaim.nullable(),
  right: comparedClaim.nullable(),
  conflicts: z.array(claimConflict),
  /** 0–1; null for a claim with no counterpart */
  similarity: z.number().min(0).max(1).nullable(),
  /** names both claims mention */
  sharedEntities: z.array(z.string())
})
export type ClaimPair = z.infer<typeof claimPair>

const comparedArticle = z.object({
  id,
  title: z.string(),
  /** where its claims came from: the analyst's, the suggester's (none stored yet), or both */
  claimsFrom: z.enum(['stored', 'suggested', 'stored and suggested'])
})

export const comparison = z.object({
  left: comparedArticle,
  right: comparedArticle,
  /** the similarity at or above which two claims are paired */
  threshold: z.number(),
  /** named people, places and organizations both reports mention */
  sharedEntities: z.array(sharedEntity),
  pairs: z.array(claimPair)
})
export type Comparison = z.infer<typeof comparison>

export const compareInput = z
  .object({
    leftId: id,
    rightId: id,
    /** also align suggested claims that no stored claim covers (default: suggestions only for an article with no claims) */
    withSuggestions: z.boolean().optional()
  })
  .strict()

export const compareArticles = call('compare.articles', compareInput, comparison)

/** The comparison as a CSV file (formula-safe), for download. */
export const compareCsv = call(
  'compare.csv',
  compareInput.extend({ conflictsOnly: z.boolean().optional() }).strict(),
  z.object({ fileName: z.string(), csv: z.string() })
)
