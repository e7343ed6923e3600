import { z } from 'zod'
import { articleSummary } from './articles.ts'
import { call } from './call.ts'
import { id } from './common.ts'

/** Where a library page continues: the row before it, as [published, id] (the list's order: newest first, then id). */
export const articleCursor = z.tuple([z.string().nullable(), id])

/** The library's columns it can be sorted by (the pane's column headers). */
export const librarySortColumns = ['importedAt', 'published', 'title', 'source', 'claims'] as const

/** What claims the articles of a library view have. */
export const libraryClaimFilters = ['all', 'with', 'without', 'untagged'] as const

/**
 * Which articles a library view holds, in which order; the one definition the pane and the core's SQL share
 * (core/db/sqlite/article-page-sql.ts):
 * - `query`: a full-text search (articles.search's words: the last one a prefix), of the newest RANKED_MATCHES matches;
 * - `source`: that source exactly; `claims`: with any claim, without, or with an untagged one;
 * - `sort`: a column, ties by id; descending is the exact reverse of ascending. An empty value (no source, no date)
 *   counts as the smallest: first ascending, last descending.
 *   Without `sort`: best match first while searching, else the list's order (published, newest first, then id).
 * - `ids`: only these articles (a selection's rows).
 */
export const libraryView = z
  .object({
    query: z.string().max(1000).optional(),
    source: z.string().max(500).optional(),
    claims: z.enum(libraryClaimFilters).optional(),
    sort: z
      .object({ column: z.enum(librarySortColumns), desc: z.boolean() })
      .strict()
      .optional(),
    ids: z.array(id).max(100_000).optional()
  })
  .strict()
export type LibraryView = z.infer<typeof libraryView>

/**
 * A window of the library list (articles.list's rows and order, or a view's) without reading the rest: from a row index
 * (`offset`) or after a row (`after`, keyset, the list's order only: rows added or deleted before it do not shift the
 * page), with the view's size (unless `count: false`). For a library of 100k reports, whose whole list the renderer
 * should not hold.
 */
export const articlesPage = call(
  'articles.page',
  z
    .object({
      view: libraryView.optional(),
      offset: z.number().int().nonnegative().max(100_000_000).optional(),
      after: articleCursor.optional(),
      limit: z.number().int().min(1).max(500),
      count: z.boolean().optional()
    })
    .strict()
    .refine((p) => p.offset === undefined || p.after === undefined, { message: 'give offset or after, not both' })
    .refine((p) => p.after === undefined || p.view === undefined, { message: 'after continues the list order: give offset with a view' }),
  z.object({ rows: z.array(articleSummary), total: z.number().int().nonnegative().nullable() })
)
export type ArticlePageInput = z.input<typeof articlesPage.input>

/** The ids of a view's rows from `offset` on, in its order (a range selected with Shift, or every row with Ctrl+A). */
export const articlesIds = call(
  'articles.ids',
  z
    .object({
      view: libraryView,
      offset: z.number().int().nonnegative().max(100_000_000),
      limit: z.number().int().min(1).max(100_000)
    })
    .strict(),
  z.array(id)
)

/** Where an article is in a view: its row index, or null when the view does not hold it (to scroll to the open article). */
export const articlesPosition = call(
  'articles.position',
  z.object({ view: libraryView, id }).strict(),
  z.object({ index: z.number().int().nonnegative().nullable() })
)

/** The library's sources, for the source filter's menu, in alphabetical order. */
export const articlesSources = call('articles.sources', z.object({}).strict(), z.array(z.string()))
