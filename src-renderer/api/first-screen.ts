import type { ArticleSummary } from '../../src-main/contract/index.ts'
import { prefetch } from './client.ts'

/** The library's first row in its default order (newest import first). */
export function newest(list: ArticleSummary[]): ArticleSummary | undefined {
  const later = (a: ArticleSummary, b: ArticleSummary) => a.importedAt > b.importedAt || (a.importedAt === b.importedAt && a.id > b.id)
  return list.reduce<ArticleSummary | undefined>((best, a) => (!best || later(a, best) ? a : best), undefined)
}

/**
 * Starts the calls the first screen waits for before React has rendered anything:
 * the library, the speakers and the undo state, and the article the app opens first with its claims: the one open
 * last time as soon as the saved place is known (a small read, long before the library's), else (none saved, or
 * deleted since) the library's first row (newest import) once the library is known.
 * The inputs are the ones App and AnnotateView ask with.
 */
export function prefetchFirstScreen(): void {
  const started = new Set<number>()
  const article = (id: number): void => {
    if (started.has(id)) return
    started.add(id)
    void prefetch('articles.get', { id }).catch(() => {})
    void prefetch('claims.list', { articleId: id }).catch(() => {})
  }
  const place = prefetch('place.get', {}).then(
    (p) => {
      if (p?.articleId != null) article(p.articleId)
      return p
    },
    () => null
  )
  prefetch('articles.list', {}).then(
    async (list) => {
      const saved = (await place)?.articleId
      const first = list.find((a) => a.id === saved) ?? newest(list)
      if (first !== undefined) article(first.id)
    },
    () => {} // the library's own call reports the error
  )
  void prefetch('claims.speakers', {}).catch(() => {})
  void prefetch('history.state', {}).catch(() => {})
}
