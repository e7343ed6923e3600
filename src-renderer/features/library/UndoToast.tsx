export interface Toast {
  message: string
  /** shown with an Undo button when set */
  onUndo?: () => void
  error?: boolean
}

/** A message after a change, with Undo where the change can be undone. It stays until closed or replaced. */
export function UndoToast({ toast, onClose }: { toast: Toast | null; onClose: () => void }) {
  return (
    <div className="toast-area" role="status" aria-live="polite">
      {toast ? (
        <div className={`toast${toast.error ? ' toast-error' : ''}`}>
          <span>{toast.message}</span>
          {toast.onUndo ? (
            <button type="button" className="toast-undo" onClick={toast.onUndo}>
              Undo
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={onClose}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  )
}
