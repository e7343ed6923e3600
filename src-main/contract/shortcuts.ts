/**
 * Every keyboard shortcut, declared once: the renderer's key handling, its help
 * overlay and the desktop menus are all built from this table. Pure data.
 */
export type CommandId =
  | 'tag-evidence'
  | 'tag-assess'
  | 'tag-unknown'
  | 'tag-clear'
  | 'new-claim'
  | 'delete-claim'
  | 'reject-suggestion'
  | 'next-claim'
  | 'previous-claim'
  | 'edit-speaker'
  | 'edit-note'
  | 'code-claim'
  | 'undo'
  | 'redo'
  | 'help'
  | 'import'
  | 'search'

export interface Shortcut {
  command: CommandId
  /** KeyboardEvent.key values (with "Mod+" for Ctrl on Linux/Windows, Cmd on macOS, "Shift+" when required). */
  keys: string[]
  label: string
  /** Shown in the help overlay under this heading, and in this desktop menu. */
  group: 'Claims' | 'Navigate' | 'Edit' | 'App'
  /** Electron accelerator for the menu (shown; single keys are not registered, so typing is unaffected). */
  accelerator?: string
}

export const shortcuts: Shortcut[] = [
  {
    command: 'tag-evidence',
    keys: ['1'],
    label: 'Tag as evidence (makes the selected text a claim, or accepts a suggestion)',
    group: 'Claims',
    accelerator: '1'
  },
  { command: 'tag-assess', keys: ['2'], label: 'Tag as assess', group: 'Claims', accelerator: '2' },
  { command: 'tag-unknown', keys: ['3'], label: 'Tag as do not yet know', group: 'Claims', accelerator: '3' },
  { command: 'tag-clear', keys: ['0'], label: 'Clear the tag', group: 'Claims', accelerator: '0' },
  {
    command: 'new-claim',
    keys: ['c', 'Enter'],
    label: 'New untagged claim from the selected text (Enter: accept the selected suggestion)',
    group: 'Claims',
    accelerator: 'C'
  },
  { command: 'reject-suggestion', keys: ['x'], label: 'Reject the selected suggestion', group: 'Claims', accelerator: 'X' },
  { command: 'edit-speaker', keys: ['a'], label: 'Edit who made the selected claim', group: 'Claims', accelerator: 'A' },
  { command: 'edit-note', keys: ['n'], label: 'Edit the note of the selected claim', group: 'Claims', accelerator: 'N' },
  { command: 'code-claim', keys: ['t'], label: 'Give or take topic codes on the selected claim', group: 'Claims', accelerator: 'T' },
  { command: 'delete-claim', keys: ['Delete', 'Backspace'], label: 'Delete the selected claim', group: 'Claims', accelerator: 'Delete' },
  { command: 'next-claim', keys: ['j', 'ArrowDown'], label: 'Next claim', group: 'Navigate', accelerator: 'J' },
  { command: 'previous-claim', keys: ['k', 'ArrowUp'], label: 'Previous claim', group: 'Navigate', accelerator: 'K' },
  { command: 'undo', keys: ['Mod+z'], label: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  { command: 'redo', keys: ['Mod+Shift+z', 'Mod+y'], label: 'Redo', group: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z' },
  { command: 'search', keys: ['Mod+f', '/'], label: 'Search the library', group: 'App', accelerator: 'CmdOrCtrl+F' },
  { command: 'import', keys: ['Mod+o'], label: 'Import reports…', group: 'App', accelerator: 'CmdOrCtrl+O' },
  { command: 'help', keys: ['?'], label: 'Show keyboard shortcuts', group: 'App', accelerator: 'Shift+/' }
]

/** Which command a key press means, if any. `mod` is Ctrl (or Cmd on macOS). */
export function commandForKey(e: { key: string; mod: boolean; shift: boolean; alt: boolean }): CommandId | undefined {
  if (e.alt) return undefined
  for (const s of shortcuts) {
    for (const k of s.keys) {
      const parts = k.split('+')
      const key = parts.at(-1)!
      const wantMod = parts.includes('Mod')
      const wantShift = parts.includes('Shift')
      const pressed = e.key.length === 1 ? e.key.toLowerCase() : e.key
      // '?' needs Shift on most layouts: for printable symbols Shift is part of the key itself
      const shiftOk = wantShift === e.shift || (!wantMod && key.length === 1 && !/[a-z0-9]/i.test(key))
      if (pressed.toLowerCase() === key.toLowerCase() && wantMod === e.mod && shiftOk) return s.command
    }
  }
  return undefined
}
