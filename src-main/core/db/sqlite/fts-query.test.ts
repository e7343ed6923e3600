import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ftsQuery } from './fts-query.ts'

describe("turning a person's search into an FTS5 query", () => {
  it.each([
    ['troops russia', '"troops" "russia"*'],
    ['troops russia ', '"troops" "russia"'],
    ['"do not yet know" whether', '"do not yet know" "whether"*'],
    ['"unclosed phrase', '"unclosed phrase"'],
    ['NOT evidence OR assess', '"NOT" "evidence" "OR" "assess"*'],
    ['title:Kirby', '"title:Kirby"*'],
    ['say "hi" -- *** ()', '"say" "hi"'],
    ['he said "', '"he" "said"'],
    ['서울 발표', '"서울" "발표"*'],
    ['e\u0301tude', '"étude"*'],
    ['troops r', '"troops" "r"'],
    ['é', '"é"'],
    ['ab', '"ab"*']
  ])('%j → %j', (input, query) => {
    expect(ftsQuery(input)).toBe(query)
  })

  it.each([[''], ['   '], ['"" ** -- ( ) ^'], ['""']])('finds nothing to search for in %j', (input) => {
    expect(ftsQuery(input)).toBeNull()
  })

  it('never produces an unbalanced quote', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const q = ftsQuery(s)
        if (q !== null) expect((q.match(/"/g) ?? []).length % 2).toBe(0)
      })
    )
  })
})
