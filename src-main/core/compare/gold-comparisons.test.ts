import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../db/open.ts'
import { sampleCorpusDir } from '../services/sample-corpus.ts'
import { compareTexts, pairWith } from '../testing/compare-texts.ts'
import { useTempDir } from '../testing/temp-db.ts'

interface Gold {
  articles: { file: string; published?: string }[]
  comparisons: { left: string; right: string; expected: { kind: string; left: string; right: string }[] }[]
}

const dir = sampleCorpusDir()
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold
const report = (file: string) => ({
  text: readFileSync(join(dir, file), 'utf8'),
  published: gold.articles.find((a) => a.file === file)?.published
})
const tempDir = useTempDir()
const open: Database[] = []
afterEach(async () => {
  for (const d of open.splice(0)) await d.close()
})

describe.each(gold.comparisons)('the sample comparison $left ↔ $right (gold.json)', ({ left, right, expected }) => {
  it.each(expected)('finds "$kind": $left ↔ $right', async (e) => {
    const c = await compareTexts(tempDir(), report(left), report(right))
    open.push(c.database)
    if (e.kind === 'shared entity') {
      expect(c.sharedEntities.map((s) => s.name)).toContain(e.left)
      return
    }
    const pair = pairWith(c, e.left, e.right)
    expect(pair, `no pair of "${e.left}" and "${e.right}"`).toBeDefined()
    if (e.kind === 'number differs') {
      expect(pair!.relation).toBe('conflicts')
      expect(pair!.conflicts.map((x) => x.kind)).toContain('number')
    } else if (e.kind === 'agrees') {
      expect(pair!.relation).toBe('agrees')
    } else throw new Error(`gold.json has a kind this test does not know: ${e.kind}`)
  })
})
