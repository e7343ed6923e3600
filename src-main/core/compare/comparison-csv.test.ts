import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { Comparison } from '../../contract/compare.ts'
import { neutralizeFormula as neutralizeFormulaCell } from '../export/csv-cell.ts'
import { COMPARISON_COLUMNS, comparisonCsv, comparisonFileName } from './comparison-csv.ts'

const side = (quote: string) => ({
  quote,
  start: 0,
  end: quote.length,
  confidence: 'assess' as const,
  claimId: null,
  suggested: true,
  attributedTo: '=HYPERLINK("x")'
})
const comparison: Comparison = {
  left: { id: 1, title: 'Left, "quoted"', claimsFrom: 'suggested' },
  right: { id: 2, title: '+Right', claimsFrom: 'stored' },
  threshold: 0.25,
  sharedEntities: [],
  pairs: [
    {
      relation: 'conflicts',
      left: side('=cmd|"/c calc"!A1'),
      right: side('about 11,000\nsoldiers'),
      conflicts: [{ kind: 'number', left: '3,000', right: '11,000' }],
      similarity: 0.3,
      sharedEntities: ['Russia', 'Kursk']
    },
    { relation: 'only left', left: side('@SUM(1)'), right: null, conflicts: [], similarity: null, sharedEntities: [] }
  ]
}

describe('the comparison as CSV', () => {
  it('has a header and a row per pair that a CSV reader gets back, formula starts neutralized', () => {
    const rows = parse(comparisonCsv(comparison)) as string[][]
    expect(rows[0]).toEqual([...COMPARISON_COLUMNS])
    expect(rows).toHaveLength(3)
    const row = Object.fromEntries(COMPARISON_COLUMNS.map((c, k) => [c, rows[1]![k]]))
    expect(row).toMatchObject({
      relation: 'conflicts',
      conflicts: 'number: 3,000 ≠ 11,000',
      'left quote': `'=cmd|"/c calc"!A1`,
      'left speaker': `'=HYPERLINK("x")`,
      'right quote': 'about 11,000\nsoldiers',
      similarity: '0.3',
      'shared entities': 'Russia; Kursk',
      'left article': 'Left, "quoted"',
      'right article': "'+Right"
    })
    expect(rows[2]![2]).toBe("'@SUM(1)")
    expect(rows[2]![7]).toBe('')
  })

  it('keeps only conflicts when asked', () => {
    expect((parse(comparisonCsv(comparison, true)) as string[][]).map((r) => r[0])).toEqual(['relation', 'conflicts'])
  })

  it('neutralizes every formula start, also after white space, and leaves other text alone', () => {
    for (const risky of ['=1+1', '+1', '-1', '@x', '\t=1', ' =1', '\u200b=1', '＝1']) expect(neutralizeFormulaCell(risky)).toBe(`'${risky}`)
    for (const safe of ['3,000 soldiers', 'a-b', 'e=mc2', '']) expect(neutralizeFormulaCell(safe)).toBe(safe)
  })

  it('names the file after both articles', () => {
    expect(comparisonFileName(comparison)).toBe('compare-left-quoted-vs-right.csv')
  })
})
