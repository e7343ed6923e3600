import type { ArticleSummary } from '../../src-main/contract/index.ts'
import { prefetch } from './client.ts'

/** The library's first row in its default order (newest import first). */
export function newest(list: ArticleSummary[]): ArticleSummary | undefined {
  const later = (a: ArticleSummary, b: ArticleSummary) => a.importedAt > b.importedAt || (a.importedAt === b.importedAt && a.id > b.id)
  return list.reduce<ArticleSummary | undefined>((best, a) => (!best || later(a, best) ? a : best), undefined)
}

/**
 * Starts the calls the first screen waits for before React has rendered anything:
 * the library, the speakers and the undo state, and, as soon as the library's
 * first row (or the article open last time) is known, that article and its claims (which the app opens first),
 * so they load while the library renders instead of after it.
 * The inputs are the ones App and AnnotateView ask with.
 */
export function prefetchFirstScreen(): void {
  const place = prefetch('place.get', {}).catch(() => null)
  prefetch('articles.list', {}).then(
    async (list) => {
      const saved = (await place)?.articleId
      // the article the analyst had open, if it is still there; else the library's first (newest import)
      const first = list.find((a) => a.id === saved) ?? newest(list)
      if (first === undefined) return
      void prefetch('articles.get', { id: first.id }).catch(() => {})
      void prefetch('claims.list', { articleId: first.id }).catch(() => {})
    },
    () => {} // the library's own call reports the error
  )
  void prefetch('claims.speakers', {}).catch(() => {})
  void prefetch('history.state', {}).catch(() => {})
}
