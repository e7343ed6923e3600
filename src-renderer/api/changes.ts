import { useEffect, useRef, useState } from 'react'
import type { HistoryEntry, UndoState } from '../../src-main/contract/index.ts'

/** A confidence tag as the library counts it. */
export type TagKey = 'evidence' | 'assess' | 'do not yet know' | 'untagged'
export const tagKey = (confidence: string | null | undefined): TagKey => (confidence ? (confidence as TagKey) : 'untagged')

/**
 * What a write changed, published by whoever made it so each view refreshes only what the change touches
 * (instead of every saved edit re-reading the library, the speakers and the history).
 */
export interface Change {
  /** the claims of these articles changed */
  articles?: number[]
  /** exactly these claims changed (each is in `articles`); absent: any claim of `articles` may have */
  claims?: number[]
  /** claims were added or removed there (an article's suggestions and codes depend on which claims exist) */
  structure?: boolean
  /** who made a claim may have changed (the speakers list) */
  speakers?: boolean
  /** the library's rows, exactly: one claim more or fewer per tag, so the list is patched instead of re-read */
  tally?: { article: number; plus?: TagKey; minus?: TagKey }[]
  /** the articles themselves changed (imported, edited, deleted): the library is read again */
  library?: boolean
  /** anything may have changed (undo/redo of another article's claims, a team sync, deleted articles) */
  everything?: boolean
  /** the view that made the change already shows it: it does not reload itself */
  source?: object
  /** the undo state after the change, answered with the save: Undo/Redo show it without a read */
  undoState?: UndoState
  /** claim `claimId`'s whole history after the change, answered with the save: shown without a read */
  history?: { claimId: number; entries: HistoryEntry[] }
}

type Listener = (change: Change) => void | Promise<unknown>
const listeners = new Set<Listener>()

/** Tells every view about a change; resolves when each has refreshed what it shows (so a toast can follow). */
export async function publish(change: Change): Promise<void> {
  await Promise.all([...listeners].map(async (l) => l(change)))
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Runs `listener` (the latest one given) for every change while the component is mounted. */
export function useChanges(listener: Listener): void {
  const ref = useRef(listener)
  ref.current = listener
  useEffect(() => subscribe((c) => ref.current(c)), [])
}

/** A number that goes up with every change `matters` says is relevant: a refresh key for a read call. */
export function useChangeCount(matters: (c: Change) => boolean): number {
  const [n, setN] = useState(0)
  useChanges((c) => {
    if (matters(c)) setN((x) => x + 1)
  })
  return n
}

/** Whether a change touches claim `claimId` of article `articleId` (its fields, its history). */
export function touchesClaim(c: Change, articleId: number, claimId: number): boolean {
  if (c.everything) return true
  if (c.claims && c.articles?.includes(articleId)) return c.claims.includes(claimId)
  return touchesClaims(c, articleId)
}

/** Whether a change touches the claims of `articleId` (undefined: of any article). */
export function touchesClaims(c: Change, articleId?: number | null): boolean {
  if (c.everything) return true
  if (c.articles === undefined) return false
  return articleId === undefined || articleId === null ? c.articles.length > 0 : c.articles.includes(articleId)
}
