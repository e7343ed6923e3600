import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import { publish, subscribe } from '../../api/changes.ts'
import { applyTally } from './tally.ts'

const row = (id: number): ArticleSummary => ({
  id,
  title: `A${id}`,
  source: null,
  published: null,
  url: null,
  format: 'txt',
  importedAt: '2026-12-03T10:00:00Z',
  claims: 2,
  tagCounts: { evidence: 1, assess: 1, 'do not yet know': 0, untagged: 0 }
})

describe('patching the library after a claim write', () => {
  it('a retag moves one claim between tags; a new claim adds one; a deleted one takes one away', () => {
    const rows = [row(1), row(2)]
    const [a, b] = applyTally(rows, [
      { article: 1, plus: 'do not yet know', minus: 'assess' },
      { article: 1, plus: 'untagged' },
      { article: 2, minus: 'evidence' }
    ])
    expect(a).toMatchObject({ claims: 3, tagCounts: { evidence: 1, assess: 0, 'do not yet know': 1, untagged: 1 } })
    expect(b).toMatchObject({ claims: 1, tagCounts: { evidence: 0, assess: 1 } })
  })

  it('leaves other rows as they were (the grid re-renders only the changed row)', () => {
    const rows = [row(1), row(2)]
    expect(applyTally(rows, [{ article: 1, plus: 'assess' }])[1]).toBe(rows[1])
  })
})

describe('publishing a change', () => {
  it('resolves once every view has refreshed', async () => {
    const done: string[] = []
    const off = [
      subscribe(async () => {
        await Promise.resolve()
        done.push('claims')
      }),
      subscribe(() => void done.push('history'))
    ]
    await publish({ articles: [1] })
    expect(done.sort()).toEqual(['claims', 'history'])
    off.forEach((f) => f())
  })
})
