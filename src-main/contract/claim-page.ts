import { z } from 'zod'
import { call } from './call.ts'
import { id } from './common.ts'
import { claimQuery, claimRow } from './claims.ts'

/** The largest window one claims.page call returns. */
export const CLAIM_PAGE_MAX = 500

/** Where a page continues: the sort values of the row before it, then that row's id (keyset pagination). */
export const claimCursor = z.array(z.union([z.string(), z.number(), z.null()])).max(12)
export type ClaimCursor = z.infer<typeof claimCursor>

/**
 * Which claims a paged view shows, in which order: a claim query (its text, tags, sort), and
 * - `speakers`: any of these stored speaker forms (one person's variants, "Fowler" and "Don Fowler"), folded;
 * - `codes`: claims without a code (`none`) or with any of these code ids (a code and its sub-codes);
 * - `groupBy`: rows come ordered by that column first, so a group's rows are together (claims.groups counts them);
 * - `people`: grouped by speaker, each of these persons is one group under its name with all its stored forms.
 */
export const claimView = claimQuery
  .omit({ articleId: true })
  .extend({
    speakers: z.array(z.string().max(500)).max(200).optional(),
    codes: z
      .union([z.object({ kind: z.literal('none') }).strict(), z.object({ kind: z.literal('any'), ids: z.array(id).max(5000) }).strict()])
      .optional(),
    groupBy: z.enum(['confidence', 'attributedTo', 'codes']).optional(),
    people: z
      .array(z.object({ name: z.string().max(500), forms: z.array(z.string().max(500)).max(50) }).strict())
      .max(2000)
      .optional()
  })
  .strict()
export type ClaimView = z.infer<typeof claimView>

/**
 * A window of a claim view. `offset` reads from that row index (a scrollbar's jump); `after` continues
 * after a row (keyset: rows inserted or deleted before it do not shift the page). Each row comes with
 * its cursor; prefix and suffix are empty (only an article's own view needs them).
 */
export const claimPageInput = z
  .object({
    view: claimView,
    offset: z.number().int().nonnegative().max(100_000_000).optional(),
    after: claimCursor.optional(),
    /** the rows before `after` instead of after it (scrolling up), still in view order */
    before: claimCursor.optional(),
    limit: z.number().int().min(1).max(CLAIM_PAGE_MAX),
    /** also count the view's rows (a separate call keeps a keystroke's first rows from waiting for the count) */
    count: z.boolean().optional()
  })
  .strict()
  .refine((p) => [p.offset, p.after, p.before].filter((x) => x !== undefined).length <= 1, {
    message: 'give at most one of offset, after and before'
  })
export type ClaimPageInput = z.infer<typeof claimPageInput>

export const claimPage = z.object({
  rows: z.array(claimRow),
  /** each row's cursor (pass it as `after` or `before`) */
  cursors: z.array(claimCursor),
  /** the row index of rows[0] when the page was read by offset, else null */
  offset: z.number().int().nonnegative().nullable(),
  /** every row the view holds, when `count` was asked for */
  total: z.number().int().nonnegative().nullable()
})
export type ClaimPage = z.infer<typeof claimPage>

export const claimsPage = call('claims.page', claimPageInput, claimPage)

/** How many rows the view holds, without reading them. */
export const claimsCount = call('claims.count', z.object({ view: claimView }).strict(), z.object({ total: z.number().int() }))

/** The groups of a grouped view in row order, each with its row count (group: the column's value, '' or 'none' for empty). */
export const claimsGroups = call(
  'claims.groups',
  z.object({ view: claimView.required({ groupBy: true }) }).strict(),
  z.array(z.object({ group: z.string(), count: z.number().int() }))
)
