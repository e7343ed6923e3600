import { useEffect, useRef } from 'react'
import { shortcuts } from '../../src-main/contract/shortcuts.ts'

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const show = (k: string) =>
  k
    .replace('Mod+', isMac ? '⌘' : 'Ctrl+')
    .replace('Shift+', '⇧')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')

/** The keyboard shortcuts, from the same table the key handling uses. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    d?.showModal()
    return () => d?.close()
  }, [])
  const groups = [...new Set(shortcuts.map((s) => s.group))]
  return (
    <dialog
      ref={ref}
      className="help-overlay"
      aria-label="Keyboard shortcuts"
      onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
    >
      <h2>Keyboard shortcuts</h2>
      <div className="help-columns">
        {groups.map((g) => (
          <section key={g}>
            <h3>{g}</h3>
            <dl>
              {shortcuts
                .filter((s) => s.group === g)
                .map((s) => (
                  <div key={s.command} className="help-row">
                    <dt>
                      {s.keys.map((k) => (
                        <kbd key={k}>{show(k)}</kbd>
                      ))}
                    </dt>
                    <dd>{s.label}</dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="help-foot">
        Select text in the article, then press <kbd>1</kbd> <kbd>2</kbd> <kbd>3</kbd> to make it a claim with that tag. Every change is
        saved at once.
      </p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  )
}
