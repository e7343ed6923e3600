import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { nextToast, type Toast } from './toast-queue.ts'

export type { Toast }

type Push = (t: Omit<Toast, 'id'>) => void
const ToastContext = createContext<Push>(() => {})

let nextId = 1

/** Whether two boxes overlap. */
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Short messages: saves that failed (and were rolled back), undo results. One at a time, the others queued
 * (toast-queue.ts), each shown for its full time once it is on screen; at the bottom of the window unless the
 * selected row is there, then at the top.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Toast[]>([])
  const [top, setTop] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const dismiss = useCallback((id: number) => setQueue((q) => q.filter((t) => t.id !== id)), [])
  const push = useCallback<Push>((t) => setQueue((q) => nextToast(q, { ...t, id: nextId++ })), [])
  const shown = queue[0]

  // the shown toast's time starts when it shows, not when it was queued
  useEffect(() => {
    if (!shown) return
    const timer = window.setTimeout(() => dismiss(shown.id), shown.durationMs ?? (shown.kind === 'error' ? 9000 : 5000))
    return () => window.clearTimeout(timer)
  }, [shown, dismiss])

  // never over the selected row: checked when a toast shows and whenever the selection may have moved
  useLayoutEffect(() => {
    if (!shown) return
    const place = () => {
      const el = box.current
      const row = document.querySelector('[role="row"][aria-selected="true"]')
      if (!el || !row) return setTop(false)
      el.classList.remove('toasts-top') // measure at the bottom, where it goes by default
      const clash = overlaps(el.getBoundingClientRect(), row.getBoundingClientRect())
      el.classList.toggle('toasts-top', clash)
      setTop(clash)
    }
    place()
    const events = ['keyup', 'mouseup', 'scroll', 'resize'] as const
    events.forEach((e) => window.addEventListener(e, place, true))
    return () => events.forEach((e) => window.removeEventListener(e, place, true))
  }, [shown])

  const value = useMemo(() => push, [push])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div ref={box} className={`toasts${top ? ' toasts-top' : ''}`} role="status" aria-live="polite">
        {shown ? (
          <div key={shown.id} className={`toast toast-${shown.kind}`} role={shown.kind === 'error' ? 'alert' : undefined}>
            <span>{shown.message}</span>
            {queue.length > 1 ? <span className="toast-more">+{queue.length - 1}</span> : null}
            {shown.action ? (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  shown.action!.run()
                  dismiss(shown.id)
                }}
              >
                {shown.action.label}
              </button>
            ) : null}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(shown.id)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = (): Push => useContext(ToastContext)
