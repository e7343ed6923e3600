import { z } from 'zod'
import { call } from './call.ts'
import { confidence, confidences, id } from './common.ts'

export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export const reliability = z.enum(reliabilityGrades)
export const credibility = z.number().int().min(1).max(6)

/** One claim as every view, export and CLI sees it. Offsets are UTF-16 code units into the article body. */
export const claimRow = z.object({
  id,
  articleId: id,
  articleTitle: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  confidence: confidence.nullable(),
  attributedTo: z.string(),
  note: z.string(),
  sourceReliability: reliability.nullable(),
  claimCredibility: credibility.nullable(),
  cue: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type ClaimRow = z.infer<typeof claimRow>

export const claimSortColumns = ['articleTitle', 'start', 'quote', 'confidence', 'attributedTo', 'note', 'sourceReliability', 'claimCredibility', 'createdAt', 'updatedAt'] as const
export const confidenceFilter = z.enum([...confidences, 'none'])

/**
 * Which claims, in which order. Used by the claims views, the CLI and export, so
 * "the rows the table shows" means the same everywhere. Defaults: all articles,
 * ordered by article then position in the text.
 */
export const claimQuery = z
  .object({
    articleId: id.optional(),
    /** case-insensitive substring of quote, note or speaker */
    text: z.string().max(1000).optional(),
    /** any of these tags ('none' = untagged) */
    confidence: z.array(confidenceFilter).max(4).optional(),
    /** exact speaker (attributed_to), case-insensitive */
    speaker: z.string().max(500).optional(),
    sort: z.array(z.object({ column: z.enum(claimSortColumns), desc: z.boolean() }).strict()).max(4).optional()
  })
  .strict()
export type ClaimQuery = z.infer<typeof claimQuery>

export const listClaims = call('claims.list', claimQuery, z.array(claimRow))
