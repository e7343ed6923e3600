export interface Toast {
  id: number
  message: string
  kind: 'info' | 'error'
  action?: { label: string; run: () => void }
  /** how long it stays once shown (default 5 s, errors 9 s) */
  durationMs?: number
}

/** At most this many wait behind the one shown; the oldest waiting info gives way first. */
export const MAX_WAITING = 4

/**
 * The queue after a new toast: the first one is the one on screen. A message already waiting is not queued
 * twice (its newer copy replaces it) unless it has an action; an error waits ahead of infos (it says a change was rolled back); when
 * too many wait, the oldest waiting info without an action is dropped.
 */
export function nextToast(queue: Toast[], t: Toast): Toast[] {
  const [shown, ...waiting] = queue
  if (!shown) return [t]
  const rest = waiting.filter((w) => w.action || w.message !== t.message) // each Undo undoes its own step: all stay
  if (t.kind === 'error') {
    const firstInfo = rest.findIndex((w) => w.kind !== 'error')
    rest.splice(firstInfo < 0 ? rest.length : firstInfo, 0, t)
  } else rest.push(t)
  while (rest.length > MAX_WAITING) {
    const drop = rest.findIndex((w) => w.kind === 'info' && !w.action)
    rest.splice(drop < 0 ? 0 : drop, 1)
  }
  return [shown, ...rest]
}
