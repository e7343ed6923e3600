import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClaimPair, Comparison } from '../../../contract/compare.ts'
import { appRoot } from '../../app-root.ts'
import { datasetPresent, defaultDatasetDir } from '../../suggest/real-news/dataset.ts'
import { loadPairs, pairPart, readReport } from './compare-pairs-eval.ts'
import { emptyPairCounts, scorePair, summarizePairs, type PairGold } from './score-pairs.ts'

const claim = (start: number, end: number) => ({
  quote: '',
  start,
  end,
  confidence: null,
  claimId: null,
  suggested: true,
  attributedTo: ''
})
const pair = (l: number, r: number, relation: ClaimPair['relation'], conflicts: ClaimPair['conflicts'] = []): ClaimPair => ({
  relation,
  left: claim(l, l + 80),
  right: claim(r, r + 80),
  conflicts,
  similarity: 0.5,
  sharedEntities: []
})
const comparison = (names: string[], pairs: ClaimPair[]): Comparison => ({
  left: { id: 1, title: 'L', claimsFrom: 'suggested' },
  right: { id: 2, title: 'R', claimsFrom: 'suggested' },
  threshold: 0.25,
  sharedEntities: names.map((name) => ({ name, kind: 'person' as const })),
  pairs
})

describe('scoring a comparison against labelled pairs', () => {
  const gold: PairGold = {
    left: 'a',
    right: 'b',
    shared: ['Anna Lind', 'Vaasa College'],
    align: [
      { left: 0, right: 100, relation: 'agrees' },
      { left: 200, right: 300, relation: 'conflicts', kind: 'number' }
    ]
  }

  it('counts a surname as its full name, and names no one labelled as wrong', () => {
    const counts = emptyPairCounts()
    scorePair(gold, comparison(['Lind', 'Clinton Holds Lead'], []), counts)
    expect(counts.names).toEqual({ tp: 1, fp: 1, fn: 1 })
  })

  it('finds labelled pairs by the sentences they cover, and counts every other number conflict as wrong', () => {
    const counts = emptyPairCounts()
    const number = { kind: 'number' as const, left: '52', right: '46' }
    scorePair(
      gold,
      comparison([], [pair(0, 100, 'agrees'), pair(200, 300, 'conflicts', [number]), pair(500, 600, 'conflicts', [number])]),
      counts
    )
    const s = summarizePairs(counts)
    expect([s.aligned, s.agreements.recall, s.conflicts.recall, s.conflicts.precision]).toEqual([1, 1, 1, 0.5])
  })

  it('counts an agreement that puts a labelled sentence with another claim as wrong', () => {
    const counts = emptyPairCounts()
    scorePair(gold, comparison([], [pair(0, 900, 'agrees')]), counts)
    expect(counts.agreements).toEqual({ tp: 0, fp: 1, fn: 1 })
  })
})

const dataset = defaultDatasetDir(appRoot())

describe.skipIf(!datasetPresent(dataset))('the labelled report pairs (pairs.json)', () => {
  it('name reports of the dataset, from two outlets on one day, and sentences inside their bodies', () => {
    const pairs = loadPairs()
    expect(pairs.length).toBeGreaterThanOrEqual(20)
    expect(new Set(pairs.map(pairPart))).toEqual(new Set(['tune', 'unseen']))
    for (const p of pairs) {
      expect(existsSync(join(dataset, 'text', `${p.left}.txt`)), p.left).toBe(true)
      const [outletL, dayL] = p.left.split('_')
      const [outletR, dayR] = p.right.split('_')
      expect(dayL).toBe(dayR)
      expect(outletL).not.toBe(outletR)
      const [l, r] = [readReport(dataset, p.left, 1).article.body, readReport(dataset, p.right, 2).article.body]
      for (const a of p.align) expect([a.left < l.length, a.right < r.length]).toEqual([true, true])
    }
  })

  it('keep no text of the articles, only names and offsets', () => {
    const labels = readFileSync(join(import.meta.dirname, 'pairs.json'), 'utf8')
    for (const p of loadPairs().slice(0, 5)) {
      const body = readReport(dataset, p.left, 1).article.body
      expect(labels).not.toContain(body.slice(0, 60))
    }
  })
})
