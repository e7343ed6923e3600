import { WorkbenchError } from '../../contract/errors.ts'
import type { SuggestionRow } from '../../contract/suggest.ts'
import type { CoreContext } from '../context.ts'
import { getArticle } from '../services/articles.ts'
import { suggestOnCpu } from '../host/cpu-calls.ts'

/** Suggestions for a stored article that do not overlap any claim already stored for it. */
export async function suggestForArticle(ctx: CoreContext, articleId: number): Promise<SuggestionRow[]> {
  const { body } = await getArticle(ctx.database, articleId)
  const { sqlite } = ctx.database
  const claims = sqlite.prepare('SELECT start, "end" FROM claims WHERE article_id = ?').all(articleId) as { start: number; end: number }[]
  const rejected = new Set((sqlite.prepare('SELECT start, "end", quote FROM rejected_suggestions WHERE article_id = ?').all(articleId) as { start: number; end: number; quote: string }[]).map((r) => `${r.start}:${r.end}:${r.quote}`))
  return (await suggestOnCpu(ctx, body)).filter(
    (s) => !claims.some((c) => s.start < c.end && c.start < s.end) && !rejected.has(`${s.start}:${s.end}:${s.quote}`)
  )
}

/** Remembers that the analyst rejected the suggestion at this span. */
export async function rejectSuggestion(ctx: CoreContext, articleId: number, start: number, end: number): Promise<Record<string, never>> {
  const { body } = await getArticle(ctx.database, articleId)
  if (end > body.length || end <= start) throw new WorkbenchError('invalid_input', `The span ${start}–${end} is not inside article ${articleId}.`)
  ctx.database.sqlite.prepare('INSERT OR REPLACE INTO rejected_suggestions (article_id, start, "end", quote) VALUES (?, ?, ?, ?)').run(articleId, start, end, body.slice(start, end))
  return {}
}

export function unrejectSuggestion(ctx: CoreContext, articleId: number, start: number, end: number): Record<string, never> {
  ctx.database.sqlite.prepare('DELETE FROM rejected_suggestions WHERE article_id = ? AND start = ? AND "end" = ?').run(articleId, start, end)
  return {}
}

export function suggestForText(ctx: CoreContext, text: string): Promise<SuggestionRow[]> {
  return suggestOnCpu(ctx, text)
}
