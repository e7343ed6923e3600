import { WorkbenchError } from '../../contract/errors.ts'
import type { SuggestionRow } from '../../contract/suggest.ts'
import type { CoreContext } from '../context.ts'
import { getArticle } from '../services/articles.ts'
import { suggestOnCpu } from '../host/cpu-calls.ts'
import { takenSpans } from '../services/article-claims.ts'
import { keepOpen } from '../suggest/open-suggestions.ts'

/**
 * Suggestions for a stored article: those no stored claim overlaps and the analyst has not rejected (the one rule, open-suggestions.ts).
 */
export async function suggestForArticle(ctx: CoreContext, articleId: number): Promise<SuggestionRow[]> {
  const { body } = await getArticle(ctx.database.db, articleId)
  return keepOpen(await suggestOnCpu(ctx, body), await takenSpans(ctx.database.db, articleId))
}

/** Remembers that the analyst rejected the suggestion at this span. */
export async function rejectSuggestion(ctx: CoreContext, articleId: number, start: number, end: number): Promise<Record<string, never>> {
  const { body } = await getArticle(ctx.database.db, articleId)
  if (end > body.length || end <= start)
    throw new WorkbenchError('invalid_input', `The span ${start}–${end} is not inside article ${articleId}.`)
  const rejected = { article_id: articleId, start, end, quote: body.slice(start, end) }
  await ctx.database.db.replaceInto('rejected_suggestions').values(rejected).execute()
  return {}
}

export async function unrejectSuggestion(ctx: CoreContext, articleId: number, start: number, end: number): Promise<Record<string, never>> {
  await ctx.database.db
    .deleteFrom('rejected_suggestions')
    .where('article_id', '=', articleId)
    .where('start', '=', start)
    .where('end', '=', end)
    .execute()
  return {}
}

export function suggestForText(ctx: CoreContext, text: string): Promise<SuggestionRow[]> {
  return suggestOnCpu(ctx, text)
}
