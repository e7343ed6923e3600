import type { CodeRow } from '../../../src-main/contract/codes.ts'
import type { LocalClaim } from '../claims/use-claims.ts'

/** A claim row with its topic codes (ids, in codebook order). */
export type CodedClaim = LocalClaim & { codes?: readonly number[] }

/** What the code filter lets through: every claim, those without a code, or those with a code or one of its sub-codes. */
export type CodeFilterValue = { kind: 'all' } | { kind: 'none' } | { kind: 'code'; ids: ReadonlySet<number> }

export const NO_CODE = '(no code)'

/** The codes as the grid groups and sorts by them: their paths joined, or "(no code)". */
export function codeLabel(ids: readonly number[] | undefined, codebook: readonly CodeRow[]): string {
  if (!ids || ids.length === 0) return NO_CODE
  const byId = new Map(codebook.map((c) => [c.id, c]))
  return ids.flatMap((id) => byId.get(id)?.path.join(' / ') ?? []).join(' · ') || NO_CODE
}

/**
 * The rows with their codes. A row whose codes did not change since the last call
 * keeps its object (the grid re-renders only rows that changed); with no codes
 * anywhere the rows come back as they are.
 */
export function withCodes<T extends LocalClaim>(
  rows: readonly T[],
  byClaim: ReadonlyMap<number, readonly number[]>,
  order: ReadonlyMap<number, number>,
  cache: WeakMap<T, { codes: readonly number[] | undefined; row: T & CodedClaim }>
): (T & CodedClaim)[] {
  if (byClaim.size === 0) return rows as (T & CodedClaim)[]
  return rows.map((r) => {
    const codes = byClaim.get(r.id)
    const hit = cache.get(r)
    if (hit && hit.codes === codes) return hit.row
    const sorted = codes && codes.length > 1 ? [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) : codes
    const row = { ...r, codes: sorted }
    cache.set(r, { codes, row })
    return row
  })
}

export function filterByCode<T extends CodedClaim>(rows: T[], filter: CodeFilterValue): T[] {
  if (filter.kind === 'all') return rows
  if (filter.kind === 'none') return rows.filter((r) => !r.codes || r.codes.length === 0)
  return rows.filter((r) => r.codes?.some((c) => filter.ids.has(c)))
}
