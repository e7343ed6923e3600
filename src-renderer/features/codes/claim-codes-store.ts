import { useSyncExternalStore } from 'react'
import { invoke } from '../../api/client.ts'

/**
 * Which codes each claim carries, for the claims on screen: filled per view
 * (an article's claims, or every claim) from codes.assignments, changed at once
 * on assign/unassign and put back if the save fails. The map is replaced on each
 * change, so React sees it.
 */
let byClaim: ReadonlyMap<number, readonly number[]> = new Map()
/** Counts assign/unassign calls: a load that was under way while one was made may not have it, and is read again. */
let changes = 0
const listeners = new Set<() => void>()

function replace(next: Map<number, readonly number[]>): void {
  byClaim = next
  for (const l of listeners) l()
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

export const useCodesByClaim = (): ReadonlyMap<number, readonly number[]> => useSyncExternalStore(subscribe, () => byClaim)

export const codesOfClaim = (claimId: number): readonly number[] => byClaim.get(claimId) ?? []

/** Loads the codes of one article's claims (or of all claims) and puts them in place of what was known for `claimIds`. */
export async function loadClaimCodes(articleId: number | undefined, claimIds: readonly number[]): Promise<void> {
  let pairs
  for (let tries = 0; ; tries++) {
    const before = changes
    pairs = await invoke('codes.assignments', articleId === undefined ? {} : { articleId })
    if (changes === before || tries === 3) break
  }
  const next = new Map(byClaim)
  if (articleId === undefined) next.clear()
  else for (const id of claimIds) next.delete(id)
  pairs.claimIds.forEach((claim, i) => next.set(claim, [...(next.get(claim) ?? []), pairs.codeIds[i]!]))
  replace(next)
}

/** Gives (or takes away) a code on claims: shown at once, saved, put back on failure (which is thrown). */
export async function setClaimCode(claimIds: readonly number[], codeId: number, on: boolean): Promise<void> {
  const before = byClaim
  changes++
  const next = new Map(byClaim)
  for (const id of claimIds) {
    const has = next.get(id) ?? []
    next.set(id, on ? (has.includes(codeId) ? has : [...has, codeId]) : has.filter((c) => c !== codeId))
  }
  replace(next)
  try {
    await invoke(on ? 'codes.assign' : 'codes.unassign', { codeId, claimIds: [...claimIds] })
  } catch (err) {
    replace(new Map(before))
    throw err
  } finally {
    changes++
  }
}
