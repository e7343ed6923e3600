import { useMemo } from 'react'
import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import { useCall } from '../../api/use-call.ts'

/** How many articles a picker offers at once (the newest, or the best matches of what was typed). */
export const CHOICES = 200

/**
 * The articles a picker (Compare's two sides, Team's article) offers, without the whole library: the newest CHOICES,
 * or while `query` has words the best matches (the library's search), and always the articles of `keep` (the ones
 * chosen) while they exist. `ready` once both reads have answered; `refresh` reads again.
 */
export function useArticleChoices(
  query: string,
  keep: readonly (number | null)[],
  refresh?: unknown
): { choices: ArticleSummary[]; ready: boolean } {
  const q = query.trim()
  const listed = useCall(
    'articles.page',
    { view: q ? { query: q } : { sort: { column: 'importedAt', desc: true } }, offset: 0, limit: CHOICES, count: false },
    refresh
  )
  const ids = [...new Set(keep.filter((id): id is number => id !== null))].sort((a, b) => a - b)
  const kept = useCall('articles.page', ids.length ? { view: { ids }, offset: 0, limit: ids.length, count: false } : null, refresh)
  const choices = useMemo(() => {
    const rows = listed.data?.rows ?? []
    const extra = (kept.data?.rows ?? []).filter((a) => !rows.some((r) => r.id === a.id))
    return [...extra, ...rows]
  }, [listed.data, kept.data])
  return { choices, ready: listed.data !== undefined && (ids.length === 0 || kept.data !== undefined) }
}
