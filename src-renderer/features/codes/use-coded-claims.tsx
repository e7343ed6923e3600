import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import type { LocalClaim } from '../claims/use-claims.ts'
import { useToast } from '../../ui/toasts.tsx'
import { loadClaimCodes, useCodesByClaim } from './claim-codes-store.ts'
import { reloadCodebook, useCodebook, withDescendants } from './codebook-store.ts'
import { filterByCode, withCodes, type CodedClaim, type CodeFilterValue } from './coded-claims.ts'
import { CodeFilter, type CodeFilterChoice } from './CodeFilter.tsx'

/**
 * A claims view's codes: its rows with their codes, filtered by the code filter,
 * and that filter's control (for the filter bar). `articleId` undefined: every
 * claim. Codes are read again when the view's scope or `version` (undo/redo)
 * changes, and when the codebook changes (a merge or delete moves codes).
 */
export function useCodedClaims<T extends LocalClaim>(
  rows: T[],
  articleId: number | undefined,
  version: number
): { claims: (T & CodedClaim)[]; filter: ReactElement } {
  const ids = useRef<number[]>([])
  ids.current = articleId === undefined ? [] : rows.map((r) => r.id)
  useClaimCodes(articleId, ids, version)
  const { coded: code, value: filter, control } = useCodeFilter<T>()
  const coded = useMemo(() => code(rows), [code, rows])
  const claims = useMemo(() => filterByCode(coded, filter), [coded, filter])
  return { claims, filter: control }
}

/**
 * Reads the codes of a view's claims into the codes store: one article's (`ids`: its claims) or every claim's
 * (`articleId` undefined), again when `version` (undo/redo) or the codebook changes, and the codebook with them.
 */
export function useClaimCodes(articleId: number | undefined, ids: { current: readonly number[] }, version: number): void {
  const toast = useToast()
  const codebook = useCodebook()
  useEffect(() => void reloadCodebook(), [articleId, version]) // an import or another window may have added codes
  useEffect(() => {
    loadClaimCodes(articleId, ids.current).catch((err: Error) =>
      toast({ kind: 'error', message: `Could not read the claims' codes: ${err.message}` })
    )
  }, [articleId, ids, version, codebook, toast])
}

/**
 * The code filter of a claims view: its value, its control, and `coded`, which gives rows their codes (the codes
 * store's, in codebook order; a row whose codes did not change keeps its object). For a view whose rows come from
 * the core (every claim), which filters by the value in SQL.
 */
export function useCodeFilter<T extends LocalClaim>(): {
  coded: (rows: readonly T[]) => (T & CodedClaim)[]
  value: CodeFilterValue
  control: ReactElement
} {
  const codebook = useCodebook()
  const byClaim = useCodesByClaim()
  const [choice, setChoice] = useState<CodeFilterChoice>('all')
  const cache = useRef(new WeakMap<T, { codes: readonly number[] | undefined; row: T & CodedClaim }>())
  const order = useMemo(() => {
    cache.current = new WeakMap() // names or order changed: every row's labels anew
    return new Map(codebook.map((c, i) => [c.id, i]))
  }, [codebook])
  const coded = useCallback((rows: readonly T[]) => withCodes(rows, byClaim, order, cache.current), [byClaim, order])
  const value = useMemo<CodeFilterValue>(
    () => (choice === 'all' || choice === 'none' ? { kind: choice } : { kind: 'code', ids: withDescendants(codebook, choice) }),
    [choice, codebook]
  )
  useEffect(() => {
    if (typeof choice === 'number' && !codebook.some((c) => c.id === choice)) setChoice('all') // the code was deleted or merged away
  }, [choice, codebook])
  const control = useMemo(() => <CodeFilter value={choice} onChange={setChoice} codebook={codebook} />, [choice, codebook])
  return { coded, value, control }
}
