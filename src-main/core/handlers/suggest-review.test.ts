import { describe, expect, it } from 'vitest'
import type { Core } from '../core.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()

interface Suggestion {
  start: number
  end: number
  quote: string
  confidence: string | null
  attributedTo: string
  cue: { text: string } | null
}

async function pentagon(core: Core): Promise<number> {
  const list = await call<{ id: number; title: string }[]>(core, 'articles.list', {})
  return list.find((a) => a.title.startsWith('Pentagon chief'))!.id
}

describe('reviewing suggestions', () => {
  it("accepts all of an article's suggestions as claims in one undoable step", async () => {
    const core = await testCore(tempDir())
    const articleId = await pentagon(core)
    const suggestions = await call<Suggestion[]>(core, 'suggest.article', { articleId })
    expect(suggestions.length).toBeGreaterThan(3)
    const { inserted } = await call<{ inserted: number[] }>(core, 'suggest.accept', { articleId, suggestions })
    expect(inserted).toHaveLength(suggestions.length)
    const claims = await call<{ quote: string; cue: string | null; confidence: string | null }[]>(core, 'claims.list', { articleId })
    expect(claims.map((c) => c.quote).sort()).toEqual(suggestions.map((s) => s.quote).sort())
    expect(claims.find((c) => c.quote.startsWith('We assess that between'))).toMatchObject({
      confidence: 'assess',
      cue: expect.stringMatching(/assess/i)
    })
    // nothing is suggested twice
    expect(await call(core, 'suggest.article', { articleId })).toEqual([])
    expect(await call(core, 'history.state', {})).toMatchObject({ undo: `add ${suggestions.length} claims` })
    await call(core, 'history.undo', {})
    expect(await call(core, 'claims.list', { articleId })).toEqual([])
    await call(core, 'history.redo', {})
    expect(await call<unknown[]>(core, 'claims.list', { articleId })).toHaveLength(suggestions.length)
    await core.close()
  })

  it('accepts one suggestion retagged, and stores the speaker and the cue', async () => {
    const core = await testCore(tempDir())
    const articleId = await pentagon(core)
    const s = (await call<Suggestion[]>(core, 'suggest.article', { articleId })).find((x) =>
      x.quote.startsWith('There is evidence that there are DPRK')
    )!
    await call(core, 'suggest.accept', { articleId, suggestions: [{ ...s, confidence: 'assess' }] })
    expect(await call(core, 'claims.list', { articleId })).toEqual([
      expect.objectContaining({ quote: s.quote, confidence: 'assess', attributedTo: s.attributedTo, cue: s.cue!.text })
    ])
    await core.close()
  })

  it('does not suggest a rejected span again, until the rejection is taken back', async () => {
    const core = await testCore(tempDir())
    const articleId = await pentagon(core)
    const before = await call<Suggestion[]>(core, 'suggest.article', { articleId })
    const s = before[0]!
    await call(core, 'suggest.reject', { articleId, start: s.start, end: s.end })
    const after = await call<Suggestion[]>(core, 'suggest.article', { articleId })
    expect(after).toHaveLength(before.length - 1)
    expect(after.some((x) => x.start === s.start && x.end === s.end)).toBe(false)
    await call(core, 'suggest.unreject', { articleId, start: s.start, end: s.end })
    expect(await call<Suggestion[]>(core, 'suggest.article', { articleId })).toHaveLength(before.length)
    await core.close()
  })

  it('refuses a suggestion that does not quote the article, storing none of the batch', async () => {
    const core = await testCore(tempDir())
    const articleId = await pentagon(core)
    const [good] = await call<Suggestion[]>(core, 'suggest.article', { articleId })
    const bad = { ...good!, quote: 'eleven thousand soldiers' }
    expect(await core.dispatch('suggest.accept', { articleId, suggestions: [good, bad] })).toMatchObject({
      ok: false,
      error: { code: 'rejected' }
    })
    expect(await call(core, 'claims.list', { articleId })).toEqual([])
    await core.close()
  })
})
