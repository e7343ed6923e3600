import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface Toast {
  id: number
  message: string
  kind: 'info' | 'error'
  action?: { label: string; run: () => void }
  /** how long it stays (default 5 s, errors 9 s) */
  durationMs?: number
}

type Push = (t: Omit<Toast, 'id'>) => void
const ToastContext = createContext<Push>(() => {})

let nextId = 1

/** Short messages at the bottom of the window: saves that failed (and were rolled back), undo results. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), [])
  const push = useCallback<Push>(
    (t) => {
      const id = nextId++
      setToasts((ts) => [...ts.slice(-3), { ...t, id }])
      window.setTimeout(() => dismiss(id), t.durationMs ?? (t.kind === 'error' ? 9000 : 5000))
    },
    [dismiss]
  )
  const value = useMemo(() => push, [push])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
            <span>{t.message}</span>
            {t.action ? (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  t.action!.run()
                  dismiss(t.id)
                }}
              >
                {t.action.label}
              </button>
            ) : null}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = (): Push => useContext(ToastContext)
