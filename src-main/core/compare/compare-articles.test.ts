import { afterEach, describe, expect, it } from 'vitest'
import { invoke } from '../../cli/run-core.ts'
import type { Core } from '../core.ts'
import { createClaim } from '../services/claims.ts'
import { testCore } from '../testing/test-core.ts'
import { useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()
const cores: Core[] = []
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close()
})

async function samples() {
  const core = await testCore(tempDir())
  cores.push(core)
  const list = await invoke(core, 'articles.list', {})
  const id = (title: string) => list.find((a) => a.title.startsWith(title))!.id
  return { core, pentagon: id('Pentagon chief'), kyiv: id('Kyiv says') }
}

describe('compare.articles', () => {
  it('aligns suggested claims while an article has none stored, and the stored ones once it has', async () => {
    const { core, pentagon, kyiv } = await samples()
    const before = await invoke(core, 'compare.articles', { leftId: pentagon, rightId: kyiv })
    expect(before.left.claimsFrom).toBe('suggested')
    expect(before.pairs.every((p) => (p.left ?? p.right)!.suggested)).toBe(true)

    const { body } = await invoke(core, 'articles.get', { id: pentagon })
    const quote = 'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia'
    const start = body.indexOf(quote)
    const stored = await createClaim(core.database, {
      articleId: pentagon,
      start,
      end: start + quote.length,
      confidence: 'assess',
      attributedTo: 'John Kirby'
    })

    const after = await invoke(core, 'compare.articles', { leftId: pentagon, rightId: kyiv })
    expect(after.left.claimsFrom).toBe('stored')
    expect(after.right.claimsFrom).toBe('suggested')
    const lefts = after.pairs.filter((p) => p.left).map((p) => p.left!)
    expect(new Set(lefts.map((l) => l.claimId))).toEqual(new Set([stored.id]))
    const conflict = after.pairs.find((p) => p.left?.claimId === stored.id && p.right?.quote.includes('about 11,000'))
    expect(conflict?.conflicts.map((c) => c.kind)).toEqual(['number'])

    const mixed = await invoke(core, 'compare.articles', { leftId: pentagon, rightId: kyiv, withSuggestions: true })
    expect(mixed.left.claimsFrom).toBe('stored and suggested')
    expect(mixed.pairs.some((p) => p.left?.quote.includes('10,000 North Korean soldiers'))).toBe(true)
  })

  it("leaves out a suggestion the analyst rejected, as the reader does (one rule for an article's claims)", async () => {
    const { core, pentagon, kyiv } = await samples()
    const before = await invoke(core, 'compare.articles', { leftId: pentagon, rightId: kyiv })
    const rejected = before.pairs.find((p) => p.left?.suggested)!.left!
    await invoke(core, 'suggest.reject', { articleId: pentagon, start: rejected.start, end: rejected.end })
    const reader = await invoke(core, 'suggest.article', { articleId: pentagon })
    expect(reader.some((s) => s.start === rejected.start && s.end === rejected.end)).toBe(false)
    for (const withSuggestions of [false, true]) {
      const after = await invoke(core, 'compare.articles', { leftId: pentagon, rightId: kyiv, withSuggestions })
      const lefts = after.pairs.filter((p) => p.left).map((p) => p.left!)
      expect(lefts.some((l) => l.start === rejected.start && l.end === rejected.end)).toBe(false)
      expect(new Set(lefts.map((l) => `${l.start}:${l.end}`))).toEqual(new Set(reader.map((s) => `${s.start}:${s.end}`)))
    }
  })

  it('answers not_found for a missing article and invalid_input for a bad id', async () => {
    const { core, pentagon } = await samples()
    const missing = await core.dispatch('compare.articles', { leftId: pentagon, rightId: 9999 })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'There is no article 9999.' } })
    const bad = await core.dispatch('compare.articles', { leftId: pentagon, rightId: -1 })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('exports the comparison as CSV through compare.csv', async () => {
    const { core, pentagon, kyiv } = await samples()
    const r = await invoke(core, 'compare.csv', { leftId: pentagon, rightId: kyiv, conflictsOnly: true })
    expect(r.fileName).toMatch(/^compare-pentagon-chief.*-vs-kyiv-says.*\.csv$/)
    const lines = r.csv.trim().split('\r\n')
    expect(lines[0]).toMatch(/^relation,conflicts,left quote/)
    expect(lines.slice(1).every((l) => l.startsWith('conflicts,'))).toBe(true)
    expect(lines.length).toBeGreaterThan(2)
  })
})
