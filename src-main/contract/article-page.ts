import { z } from 'zod'
import { articleSummary } from './articles.ts'
import { call } from './call.ts'
import { id } from './common.ts'

/** Where a library page continues: the row before it, as [published, id] (the list's order: newest first, then id). */
export const articleCursor = z.tuple([z.string().nullable(), id])

/**
 * A window of the library list (articles.list's rows and order) without reading the rest: from a row index
 * (`offset`) or after a row (`after`, keyset: rows added or deleted before it do not shift the page), with the
 * library's size. For a library of 100k reports, whose whole list the renderer should not hold.
 */
export const articlesPage = call(
  'articles.page',
  z
    .object({
      offset: z.number().int().nonnegative().max(100_000_000).optional(),
      after: articleCursor.optional(),
      limit: z.number().int().min(1).max(500)
    })
    .strict()
    .refine((p) => p.offset === undefined || p.after === undefined, { message: 'give offset or after, not both' }),
  z.object({ rows: z.array(articleSummary), total: z.number().int().nonnegative() })
)
