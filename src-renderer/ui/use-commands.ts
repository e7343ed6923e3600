import { useEffect, useRef } from 'react'
import { commandForKey, type CommandId } from '../../src-main/contract/shortcuts.ts'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** True when the key press belongs to a text field, not to the app. */
export function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || !el.closest) return false
  if (el.isContentEditable) return true
  return !!el.closest(
    'input, textarea, select, [contenteditable], [role="textbox"], [role="combobox"], [role="searchbox"], [role="spinbutton"]'
  )
}

/**
 * Runs app commands from the keyboard (shortcut table) and from the desktop
 * menu (a `workbench-command` window event). The handler returns true when it
 * handled the command. Plain keys are ignored while typing in a field; undo/redo
 * there stay the field's own.
 */
export function useCommands(handler: (command: CommandId, e?: KeyboardEvent) => boolean): void {
  const ref = useRef(handler)
  ref.current = handler
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const command = commandForKey({ key: e.key, mod: isMac ? e.metaKey : e.ctrlKey, shift: e.shiftKey, alt: e.altKey })
      if (!command) return
      // in a field, plain keys are the field's, and so are its undo/redo; Ctrl+F/Ctrl+O still reach the app
      const mod = isMac ? e.metaKey : e.ctrlKey
      if (typingInField(e.target) && (!mod || command === 'undo' || command === 'redo')) return
      if (ref.current(command, e)) e.preventDefault()
    }
    const onMenu = (e: Event) => {
      const command = (e as CustomEvent<string>).detail as CommandId
      if ((command === 'undo' || command === 'redo') && typingInField(document.activeElement)) {
        document.execCommand(command)
        return
      }
      ref.current(command)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('workbench-command', onMenu)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('workbench-command', onMenu)
    }
  }, [])
}
