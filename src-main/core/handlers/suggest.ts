import type { SuggestionRow } from '../../contract/suggest.ts'
import type { CoreContext } from '../context.ts'
import { getArticle } from '../services/articles.ts'
import { effectiveLexicon } from '../services/cue-lexicon.ts'
import { suggestClaims } from '../suggest/suggest.ts'

/** Suggestions for a stored article that do not overlap any claim already stored for it. */
export async function suggestForArticle(ctx: CoreContext, articleId: number): Promise<SuggestionRow[]> {
  const { body } = await getArticle(ctx.database, articleId)
  const claims = ctx.database.sqlite.prepare('SELECT start, "end" FROM claims WHERE article_id = ?').all(articleId) as { start: number; end: number }[]
  return suggestClaims(body, effectiveLexicon(ctx.database)).filter((s) => !claims.some((c) => s.start < c.end && c.start < s.end))
}

export function suggestForText(ctx: CoreContext, text: string): SuggestionRow[] {
  return suggestClaims(text, effectiveLexicon(ctx.database))
}
