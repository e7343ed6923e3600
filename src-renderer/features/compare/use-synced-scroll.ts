import { useEffect, type RefObject } from 'react'

/**
 * While `on`, scrolling one reader scrolls the other to the same relative
 * position. The readers are the `.reader-pane` elements inside the two holders.
 */
export function useSyncedScroll(
  left: RefObject<HTMLElement | null>,
  right: RefObject<HTMLElement | null>,
  on: boolean,
  ready: unknown
): void {
  useEffect(() => {
    const a = left.current?.querySelector<HTMLElement>('.reader-pane')
    const b = right.current?.querySelector<HTMLElement>('.reader-pane')
    if (!on || !a || !b) return
    let driving: HTMLElement | null = null
    const follow = (from: HTMLElement, to: HTMLElement) => () => {
      if (driving && driving !== from) return
      driving = from
      const ratio = from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight)
      to.scrollTop = ratio * (to.scrollHeight - to.clientHeight)
      requestAnimationFrame(() => (driving = null))
    }
    const onA = follow(a, b)
    const onB = follow(b, a)
    a.addEventListener('scroll', onA, { passive: true })
    b.addEventListener('scroll', onB, { passive: true })
    return () => {
      a.removeEventListener('scroll', onA)
      b.removeEventListener('scroll', onB)
    }
  }, [left, right, on, ready])
}
