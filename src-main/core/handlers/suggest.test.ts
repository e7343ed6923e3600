import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'

const tempDir = useTempDir()

describe('the suggest and lexicon calls', () => {
  it('suggests for a stored article, leaving out what overlaps a stored claim', async () => {
    const core = await testCore(tempDir())
    const articles = (await core.dispatch('articles.list', {})) as { ok: true; value: { id: number; title: string }[] }
    const customs = articles.value.find((a) => a.title.startsWith('Customs officers'))!
    const first = (await core.dispatch('suggest.article', { articleId: customs.id })) as {
      ok: true
      value: { start: number; end: number; quote: string; confidence: string | null }[]
    }
    expect(first.ok).toBe(true)
    expect(first.value.filter((s) => s.confidence).map((s) => s.confidence)).toEqual(['evidence', 'assess', 'assess', 'do not yet know'])
    const police = first.value.find((s) => s.quote.startsWith('Police believe'))!
    core.database.sqlite
      .prepare('INSERT INTO claims (article_id, start, "end", quote) VALUES (?, ?, ?, ?)')
      .run(customs.id, police.start + 3, police.end - 3, 'x')
    const second = (await core.dispatch('suggest.article', { articleId: customs.id })) as { ok: true; value: { quote: string }[] }
    expect(second.value).toHaveLength(first.value.length - 1)
    expect(second.value.some((s) => s.quote.startsWith('Police believe'))).toBe(false)
    expect(await core.dispatch('suggest.article', { articleId: 424242 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await core.close()
  })

  it('suggests for text sent for a preview, offsets into that text', async () => {
    const core = await testCore(tempDir(), false)
    const text = 'Intro.\nWe assess that the dam will hold.'
    const r = (await core.dispatch('suggest.text', { text })) as {
      ok: true
      value: { start: number; end: number; quote: string; attributedTo: string }[]
    }
    expect(r.value).toEqual([
      expect.objectContaining({ quote: 'We assess that the dam will hold.', confidence: 'assess', attributedTo: '' })
    ])
    expect(text.slice(r.value[0]!.start, r.value[0]!.end)).toBe(r.value[0]!.quote)
    expect(await core.dispatch('suggest.text', { text: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await core.close()
  })

  it('validates lexicon edits at the boundary', async () => {
    const core = await testCore(tempDir(), false)
    const added = (await core.dispatch('lexicon.add', { confidence: 'assess', phrase: 'Our Hunch Is' })) as {
      ok: true
      value: { id: number; phrase: string }
    }
    expect(added).toMatchObject({ ok: true, value: { phrase: 'our hunch is', builtin: false, enabled: true } })
    expect(await core.dispatch('lexicon.add', { confidence: 'assess', phrase: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await core.dispatch('lexicon.add', { confidence: 'sure', phrase: 'we know' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await core.dispatch('lexicon.add', { confidence: 'assess', phrase: 'line\nbreak' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await core.dispatch('lexicon.setEnabled', { id: added.value.id, enabled: false })).toMatchObject({
      ok: true,
      value: { enabled: false }
    })
    expect(await core.dispatch('lexicon.remove', { id: added.value.id })).toEqual({ ok: true, value: { id: added.value.id } })
    const list = (await core.dispatch('lexicon.list', {})) as { ok: true; value: { builtin: boolean }[] }
    expect(list.value.length).toBeGreaterThan(50)
    expect(list.value.every((c) => c.builtin)).toBe(true)
    await core.close()
  })
})
