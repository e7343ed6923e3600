import { describe, expect, it } from 'vitest'
import { fitColumns, hiddenColumns } from './fit-columns.ts'

const columns = [
  { id: 'quote', size: 190 },
  { id: 'confidence', size: 116 },
  { id: 'codes', size: 120 },
  { id: 'attributedTo', size: 130 },
  { id: 'note', size: 150 },
  { id: 'sourceReliability', size: 56 },
  { id: 'claimCredibility', size: 56 },
  { id: 'createdAt', size: 118 },
  { id: 'updatedAt', size: 118 }
]

describe('fitting claim columns to the pane', () => {
  it('keeps the quote and its tag even in a narrow pane, and collapses the rest', () => {
    expect(hiddenColumns(fitColumns(columns, 300))).toEqual([
      'attributedTo',
      'codes',
      'note',
      'sourceReliability',
      'claimCredibility',
      'createdAt',
      'updatedAt'
    ])
  })

  it('adds columns in order of use while their widths fit', () => {
    const v = fitColumns(columns, 190 + 116 + 130 + 120 + 10)
    expect(hiddenColumns(v)).toEqual(['note', 'sourceReliability', 'claimCredibility', 'createdAt', 'updatedAt'])
  })

  it('never lets a narrow later column jump ahead of a wider one that did not fit', () => {
    const v = fitColumns(columns, 190 + 116 + 130 + 120 + 100)
    expect(v.note).toBe(false)
    expect(v.sourceReliability).toBe(false)
  })

  it('shows every column in a wide pane, and before the pane is measured', () => {
    expect(hiddenColumns(fitColumns(columns, 2000))).toEqual([])
    expect(hiddenColumns(fitColumns(columns, 0))).toEqual([])
  })
})
