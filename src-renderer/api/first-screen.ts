import { prefetch } from './client.ts'
import { defaultLibraryView, firstPageOf } from './library-first-page.ts'

/**
 * Starts the calls the first screen waits for before React has rendered anything:
 * the library's first page (newest import first: only the rows the pane shows at first, with the library's size), the
 * speakers and the undo state, and the article the app opens first with its claims: the one open last time as soon as
 * the saved place is known, else (none saved, or deleted since) the first page's first row.
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
  prefetch('articles.page', firstPageOf(defaultLibraryView)).then(
    async ({ rows }) => {
      const saved = (await place)?.articleId
      if (saved == null && rows[0]) article(rows[0].id)
    },
    () => {} // the library's own call reports the error
  )
  void prefetch('claims.speakers', {}).catch(() => {})
  void prefetch('history.state', {}).catch(() => {})
}
