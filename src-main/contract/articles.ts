import { z } from 'zod'
import { call } from './call.ts'
import { id, isoDate } from './common.ts'

export const articleFormats = ['txt', 'md', 'html', 'pdf', 'docx', 'jsonld'] as const

export const articleSummary = z.object({
  id,
  title: z.string(),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  url: z.string().nullable(),
  format: z.enum(articleFormats),
  importedAt: z.string(),
  claims: z.number().int().nonnegative(),
  /** the claims by confidence tag (for the library's stacked bar) */
  tagCounts: z.object({
    evidence: z.number().int().nonnegative(),
    assess: z.number().int().nonnegative(),
    'do not yet know': z.number().int().nonnegative(),
    untagged: z.number().int().nonnegative()
  })
})
export type ArticleSummary = z.infer<typeof articleSummary>

export const article = articleSummary.extend({
  body: z.string(),
  warnings: z.array(z.string())
})
export type Article = z.infer<typeof article>

export const listArticles = call('articles.list', z.object({}).strict(), z.array(articleSummary))

export const getArticle = call('articles.get', z.object({ id }).strict(), article)
