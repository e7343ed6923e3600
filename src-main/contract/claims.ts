import { z } from 'zod'
import { call } from './call.ts'
import { confidence, confidences, id } from './common.ts'

import { claimFieldShape, credibility, gridColumnsShape, reliability } from './claim-fields.ts'

export { credibility, reliability, reliabilityGrades } from './claim-fields.ts'

/** One claim as every view, export and CLI sees it (its fields: claim-fields.ts). Offsets are UTF-16 code units into the article body. */
export const claimRow = z.object({
  ...claimFieldShape,
  articleTitle: z.string(),
  /** Only when listing one article's claims: whether the stored anchor still matches its text. */
  anchor: z.enum(['ok', 'relocated', 'orphaned']).optional()
})
export type ClaimRow = z.infer<typeof claimRow>

export const claimSortColumns = [
  'articleTitle',
  'start',
  'quote',
  'confidence',
  'attributedTo',
  'note',
  'sourceReliability',
  'claimCredibility',
  'createdAt',
  'updatedAt'
] as const
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
    sort: z
      .array(z.object({ column: z.enum(claimSortColumns), desc: z.boolean() }).strict())
      .max(4)
      .optional()
  })
  .strict()
export type ClaimQuery = z.infer<typeof claimQuery>

export const listClaims = call('claims.list', claimQuery, z.array(claimRow))

/**
 * The rows of a claim query column by column, for the grid of every claim: the
 * ClaimRow fields but prefix and suffix (only re-anchoring a claim in its article
 * needs them), each article's title once. At 100k claims that is 21 MB of JSON
 * instead of claims.list's 50, and it parses in a third of the time.
 */
export const claimColumns = z.object({
  /** article id → title */
  articleTitles: z.record(z.string(), z.string()),
  ...gridColumnsShape
})
export type ClaimColumns = z.infer<typeof claimColumns>

export const listClaimColumns = call('claims.columns', claimQuery, claimColumns)

/** The rows of a claims.columns answer, in order; prefix and suffix are empty. */
export function claimRowsFromColumns(c: ClaimColumns): ClaimRow[] {
  const rows = new Array<ClaimRow>(c.id.length)
  for (let i = 0; i < rows.length; i++) {
    const articleId = c.articleId[i]!
    rows[i] = {
      id: c.id[i]!,
      articleId,
      articleTitle: c.articleTitles[articleId] ?? '',
      start: c.start[i]!,
      end: c.end[i]!,
      quote: c.quote[i]!,
      prefix: '',
      suffix: '',
      confidence: c.confidence[i]!,
      attributedTo: c.attributedTo[i]!,
      note: c.note[i]!,
      sourceReliability: c.sourceReliability[i]!,
      claimCredibility: c.claimCredibility[i]!,
      cue: c.cue[i]!,
      createdAt: c.createdAt[i]!,
      updatedAt: c.updatedAt[i]!
    }
  }
  return rows
}

const speaker = z.string().trim().max(300)
const note = z.string().max(20_000)

/** The judgment fields an analyst edits. */
export const claimFields = z
  .object({
    confidence: confidence.nullable(),
    attributedTo: speaker,
    note,
    sourceReliability: reliability.nullable(),
    claimCredibility: credibility.nullable()
  })
  .strict()
export type ClaimFields = z.infer<typeof claimFields>

export const createClaim = call(
  'claims.create',
  claimFields
    .partial()
    .extend({
      articleId: id,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      cue: z.string().max(300).nullable().optional()
    })
    .strict()
    .refine((c) => c.end > c.start, { message: 'end must be after start', path: ['end'] }),
  claimRow
)

export const historyEntry = z.object({
  id,
  claimId: id,
  kind: z.enum(['create', 'update', 'delete']),
  cause: z.enum(['edit', 'undo', 'redo']),
  at: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
})
export type HistoryEntry = z.infer<typeof historyEntry>

/** The undo state: what Undo and Redo would do next (null: nothing). */
export const undoState = z.object({ undo: z.string().nullable(), redo: z.string().nullable() })
export type UndoState = z.infer<typeof undoState>

/**
 * Saves a change. `refresh` asks for what the app shows of it in the same answer (the claim's history, the undo
 * state), so a tag key costs one round trip instead of a save followed by two reads.
 */
export const updateClaim = call(
  'claims.update',
  z
    .object({
      id,
      patch: claimFields.partial().refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' }),
      refresh: z
        .array(z.enum(['history', 'undo']))
        .max(2)
        .optional()
    })
    .strict(),
  claimRow.extend({ history: z.array(historyEntry).optional(), undoState: undoState.optional() })
)

export const deleteClaim = call('claims.delete', z.object({ id }).strict(), z.object({ id }))

export const claimHistory = call('claims.history', z.object({ claimId: id }).strict(), z.array(historyEntry))

/** One entry per speaker: the fullest name, its claims, and every stored form of it ("Fowler", "But Fowler" for "Don Fowler"). */
export const speakers = call(
  'claims.speakers',
  z.object({}).strict(),
  z.array(z.object({ name: z.string(), claims: z.number().int(), variants: z.array(z.string()) }))
)

/**
 * What an undo (redo) did: null when there was nothing to do. `description` is null when every step left could no
 * longer apply; those are in `skipped` (retired, so each is reported once). claimId is null for an article's delete.
 */
const undoStep = z
  .object({ description: z.string().nullable(), claimId: id.nullable(), articleId: id.nullable(), skipped: z.array(z.string()) })
  .nullable()
export const historyState = call('history.state', z.object({}).strict(), undoState)
export const undo = call('history.undo', z.object({}).strict(), undoStep)
export const redo = call('history.redo', z.object({}).strict(), undoStep)
