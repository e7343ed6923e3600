import { useSyncExternalStore } from 'react'
import type { CodeRow } from '../../../src-main/contract/codes.ts'
import { invoke } from '../../api/client.ts'

/**
 * The codebook, loaded once and shared by every part of the window (the editor,
 * the code column, the filter, the details pane). Anything that changes codes
 * calls `reloadCodebook()`; components re-render from the new list.
 */
let codes: readonly CodeRow[] = []
let loaded: Promise<void> | null = null
const listeners = new Set<() => void>()

const emit = (): void => {
  for (const l of listeners) l()
}

export function reloadCodebook(): Promise<void> {
  loaded = invoke('codes.list', {}).then(
    (list) => {
      codes = list
      emit()
    },
    () => {
      loaded = null // try again next time someone asks
    }
  )
  return loaded
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!loaded) void reloadCodebook()
  return () => listeners.delete(listener)
}

/** Every code, depth-first (as codes.list gives them). */
export const useCodebook = (): readonly CodeRow[] => useSyncExternalStore(subscribe, () => codes)

/** The same list outside React (column accessors). */
export const codebookSnapshot = (): readonly CodeRow[] => codes

/** A code and all its sub-codes, as ids. */
export function withDescendants(list: readonly CodeRow[], id: number): Set<number> {
  const out = new Set<number>([id])
  for (const c of list) if (c.parentId !== null && out.has(c.parentId)) out.add(c.id) // depth-first: parents come first
  return out
}
