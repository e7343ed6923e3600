import { describe, expect, it } from 'vitest'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { filterClaims } from './filter-claims.ts'

const claim = (id: number, quote: string, confidence: ClaimRow['confidence'], attributedTo = '', note = ''): ClaimRow => ({
  id,
  articleId: 1,
  articleTitle: 'A',
  start: 0,
  end: 1,
  quote,
  prefix: '',
  suffix: '',
  confidence,
  attributedTo,
  note,
  sourceReliability: null,
  claimCredibility: null,
  cue: null,
  createdAt: '',
  updatedAt: ''
})

const rows = [
  claim(1, 'At least 3,000 soldiers', 'assess', 'John Kirby'),
  claim(2, 'There is evidence of DPRK troops', 'evidence', 'Lloyd Austin', 'growth 50%'),
  claim(3, 'We do not yet know', 'do not yet know', 'john kirby'),
  claim(4, 'Untagged fact', null)
]
const none = { text: '', confidence: [], speaker: '' }

describe('filtering claims in the table', () => {
  it('lets everything through when no filter is set, keeping the order', () => {
    expect(filterClaims(rows, none)).toBe(rows)
  })

  it('matches text in quote, note or speaker, ignoring case', () => {
    expect(filterClaims(rows, { ...none, text: 'KIRBY' }).map((c) => c.id)).toEqual([1, 3])
    expect(filterClaims(rows, { ...none, text: '50%' }).map((c) => c.id)).toEqual([2])
  })

  it('keeps any of the chosen tags, including untagged', () => {
    expect(filterClaims(rows, { ...none, confidence: ['assess', 'none'] }).map((c) => c.id)).toEqual([1, 4])
  })

  it('matches the speaker exactly, ignoring case, and combines filters', () => {
    expect(filterClaims(rows, { ...none, speaker: 'John Kirby' }).map((c) => c.id)).toEqual([1, 3])
    expect(filterClaims(rows, { text: 'know', confidence: ['do not yet know'], speaker: 'JOHN KIRBY' }).map((c) => c.id)).toEqual([3])
  })
})
