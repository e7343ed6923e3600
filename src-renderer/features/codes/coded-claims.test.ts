import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../../src-main/contract/codes.ts'
import type { LocalClaim } from '../claims/use-claims.ts'
import { withDescendants } from './codebook-store.ts'
import { codeLabel, filterByCode, withCodes, type CodedClaim } from './coded-claims.ts'

const code = (id: number, name: string, parentId: number | null, path: string[]): CodeRow => ({
  id,
  guid: `g${id}`,
  parentId,
  name,
  color: null,
  description: '',
  depth: path.length - 1,
  path,
  claims: 0
})
const book = [
  code(1, 'Military', null, ['Military']),
  code(2, 'Troops', 1, ['Military', 'Troops']),
  code(3, 'Sanctions', null, ['Sanctions'])
]
const claim = (id: number) => ({ id, quote: `q${id}` }) as unknown as LocalClaim

describe('claims with their codes', () => {
  it('keeps each unchanged row object, gives a changed row a new one, and sorts codes in codebook order', () => {
    const rows = [claim(1), claim(2), claim(3)]
    const order = new Map(book.map((c, i) => [c.id, i]))
    const cache = new WeakMap()
    const codes = new Map<number, number[]>([
      [1, [3, 2]],
      [2, [1]]
    ])
    const first = withCodes(rows, codes, order, cache)
    expect(first.map((r) => r.codes)).toEqual([[2, 3], [1], undefined])
    const again = withCodes(rows, codes, order, cache)
    expect(again.every((r, i) => r === first[i])).toBe(true)
    const changed = withCodes(rows, new Map([...codes, [2, [1, 3]]]), order, cache)
    expect([changed[0] === first[0], changed[1] === first[1], changed[2] === first[2]]).toEqual([true, false, true])
    expect(withCodes(rows, new Map(), order, cache)).toBe(rows) // no codes anywhere: the same array
  })

  it('filters by a code with its sub-codes, or by having none, and labels a claim by its code paths', () => {
    const rows: CodedClaim[] = [{ ...claim(1), codes: [2] }, { ...claim(2), codes: [3] }, claim(3), { ...claim(4), codes: [] }]
    expect(filterByCode(rows, { kind: 'code', ids: withDescendants(book, 1) }).map((r) => r.id)).toEqual([1])
    expect(filterByCode(rows, { kind: 'code', ids: withDescendants(book, 3) }).map((r) => r.id)).toEqual([2])
    expect(filterByCode(rows, { kind: 'none' }).map((r) => r.id)).toEqual([3, 4])
    expect(filterByCode(rows, { kind: 'all' })).toBe(rows)
    expect(codeLabel([2, 3], book)).toBe('Military / Troops · Sanctions')
    expect(codeLabel(undefined, book)).toBe('(no code)')
  })
})
