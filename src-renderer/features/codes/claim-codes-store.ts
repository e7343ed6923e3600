import { useSyncExternalStore } from 'react'
import { invoke } from '../../api/client.ts'

/**
 * Which codes each claim carries, for the claims on screen: filled per view
 * (an article's claims, or every claim) from codes.assignments, changed at once
 * on assign/unassign and put back if the save fails. The map is replaced on each
 * change, so React sees it.
 */
let byClaim: ReadonlyMap<number, readonly number[]> = new Map()
const listeners = new Set<() => void>()

/** An assign/unassign being saved; a load that comes back meanwhile is shown with it applied on top. */
interface Change {
  claimIds: readonly number[]
  codeId: number
  on: boolean
}
const saving = new Set<Change>()
/** Changes saved (or failed) so far: a load during which one finished may or may not have it, and is read again. */
let finished = 0

function replace(next: Map<number, readonly number[]>): void {
  byClaim = next
  for (const l of listeners) l()
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l)
  return () => listeners.delete(l)
}

function apply(map: Map<number, readonly number[]>, claimIds: readonly number[], codeId: number, on: (claimId: number) => boolean): void {
  for (const id of claimIds) {
    const has = map.get(id) ?? []
    const want = on(id)
    if (want && !has.includes(codeId)) map.set(id, [...has, codeId])
    else if (!want && has.includes(codeId))
      map.set(
        id,
        has.filter((c) => c !== codeId)
      )
  }
}

export const useCodesByClaim = (): ReadonlyMap<number, readonly number[]> => useSyncExternalStore(subscribe, () => byClaim)

export const codesOfClaim = (claimId: number): readonly number[] => byClaim.get(claimId) ?? []

/** Loads the codes of one article's claims (or of all claims) and puts them in place of what was known for `claimIds`. */
export async function loadClaimCodes(articleId: number | undefined, claimIds: readonly number[]): Promise<void> {
  let pairs
  for (let tries = 0; ; tries++) {
    const before = finished
    pairs = await invoke('codes.assignments', articleId === undefined ? {} : { articleId })
    if (finished === before || tries === 3) break
  }
  const next = new Map(byClaim)
  if (articleId === undefined) next.clear()
  else for (const id of claimIds) next.delete(id)
  pairs.claimIds.forEach((claim, i) => next.set(claim, [...(next.get(claim) ?? []), pairs.codeIds[i]!]))
  for (const c of saving) apply(next, c.claimIds, c.codeId, () => c.on)
  replace(next)
}

/** Gives (or takes away) a code on claims: shown at once, saved, put back on failure (which is thrown). */
export async function setClaimCode(claimIds: readonly number[], codeId: number, on: boolean): Promise<void> {
  const had = new Set(claimIds.filter((id) => (byClaim.get(id) ?? []).includes(codeId)))
  const change: Change = { claimIds, codeId, on }
  saving.add(change)
  const next = new Map(byClaim)
  apply(next, claimIds, codeId, () => on)
  replace(next)
  try {
    await invoke(on ? 'codes.assign' : 'codes.unassign', { codeId, claimIds: [...claimIds] })
  } catch (err) {
    const back = new Map(byClaim)
    apply(back, claimIds, codeId, (id) => had.has(id))
    replace(back)
    throw err
  } finally {
    saving.delete(change)
    finished++
  }
}
