import { prefetch } from './client.ts'

/**
 * Starts the calls the first screen waits for before React has rendered anything:
 * the library, the speakers and the undo state, and, as soon as the library's
 * first row is known, that article and its claims (which the app opens first),
 * so they load while the library renders instead of after it.
 * The inputs are the ones App and AnnotateView ask with.
 */
export function prefetchFirstScreen(): void {
  prefetch('articles.list', {}).then(
    (list) => {
      const first = list[0]
      if (first === undefined) return
      void prefetch('articles.get', { id: first.id }).catch(() => {})
      void prefetch('claims.list', { articleId: first.id }).catch(() => {})
    },
    () => {} // the library's own call reports the error
  )
  void prefetch('claims.speakers', {}).catch(() => {})
  void prefetch('history.state', {}).catch(() => {})
}
