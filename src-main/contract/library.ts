import { z } from 'zod'
import { articleSummary } from './articles.ts'
import { call } from './call.ts'
import { id, isoDate } from './common.ts'

/** [start, end) UTF-16 offsets of the matched words in a snippet or title. */
export const highlightRange = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])

export const searchHit = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  /** relevance (bm25, title weighted), higher is better */
  rank: z.number(),
  /**
   * plain text around the best match; "…" marks cut text. Matches are given as ranges, never as markup.
   * null for hits past the `snippets` asked for (their marks come from articles.snippets).
   */
  snippet: z.string().nullable(),
  highlights: z.array(highlightRange),
  titleHighlights: z.array(highlightRange)
})
export type SearchHit = z.infer<typeof searchHit>

const searchQuery = z.string().max(1000)

export const searchArticles = call(
  'articles.search',
  z
    .object({
      query: searchQuery,
      limit: z.number().int().min(1).max(1000).optional(),
      /** how many of the best hits come with their snippet and marks (default: all); the rest cost only their ranking */
      snippets: z.number().int().min(0).max(1000).optional()
    })
    .strict(),
  z.array(searchHit)
)

/**
 * What the library's search box asks for: this many hits, the best `snippets` (two screenfuls) with their
 * snippets, the rest as they scroll into view (articles.snippets). Snippets for all 500 hits were most of
 * a search's time: FTS5 tokenizes each hit's whole text for its snippet.
 */
export const LIBRARY_SEARCH = { limit: 500, snippets: 20 } as const

export const searchMarks = z.object({
  id,
  snippet: z.string(),
  highlights: z.array(highlightRange),
  titleHighlights: z.array(highlightRange)
})
export type SearchMarks = z.infer<typeof searchMarks>

/** Snippets and marks of a search for some of its hits (those scrolled into view); ids the query does not match are left out. */
export const searchSnippets = call(
  'articles.snippets',
  z.object({ query: searchQuery, ids: z.array(id).max(200) }).strict(),
  z.array(searchMarks)
)

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim() || null)
    .nullable()
    .optional()

const realDate = isoDate.refine((s) => {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(y!, m! - 1, d!))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
}, 'not a real calendar date')

export const webAddress = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol)
    } catch {
      return false
    }
  }, 'expected a web address starting with http:// or https://')

/** Fields left out stay as they are; null (or an empty string) clears source, date or address. */
export const articleChanges = z
  .object({
    id,
    title: z.string().trim().min(1, 'a title cannot be empty').max(500).optional(),
    source: optionalText(500),
    published: z
      .union([z.literal('').transform(() => null), realDate])
      .nullable()
      .optional(),
    url: z
      .union([z.literal('').transform(() => null), webAddress])
      .nullable()
      .optional()
  })
  .strict()
export type ArticleChanges = z.output<typeof articleChanges>

export const updateArticle = call('articles.update', articleChanges, articleSummary)

/** Deletes articles with their claims as one step on the undo stack (history.undo brings them back from the trash). */
export const deleteArticles = call(
  'articles.delete',
  z.object({ ids: z.array(id).min(1).max(100_000) }).strict(),
  /** undo: the step's label as history.state names it while it is the next to undo */
  z.object({ deleted: z.array(id), claims: z.number().int().nonnegative(), undo: z.string() })
)
