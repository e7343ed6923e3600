import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { call } from '../testing/call.ts'

const tempDir = useTempDir()

interface Saved {
  id: number
  confidence: string | null
  history?: { kind: string; changes: { field: string; before: unknown; after: unknown }[] }[]
  undoState?: { undo: string | null; redo: string | null }
}

describe('claims.update answering what the app shows of the save', () => {
  it('brings the claim history and the undo state as separate reads would give them after the save', async () => {
    const core = await testCore(tempDir())
    const [article] = await call<{ id: number }[]>(core, 'articles.list', {})
    const c = await call<Saved>(core, 'claims.create', { articleId: article!.id, start: 0, end: 20, confidence: 'evidence' })

    const saved = await call<Saved>(core, 'claims.update', { id: c.id, patch: { confidence: 'assess' }, refresh: ['history', 'undo'] })
    expect(saved.confidence).toBe('assess')
    expect(saved.history!.map((e) => e.kind)).toEqual(['create', 'update'])
    expect(saved.history![1]!.changes).toEqual([{ field: 'tag', before: 'evidence', after: 'assess' }])
    expect(saved.history).toEqual(await call(core, 'claims.history', { claimId: c.id }))
    expect(saved.undoState).toEqual(await call(core, 'history.state', {}))
    expect(saved.undoState!.undo).toMatch(/^tag “assess”/)
    await core.close()
  })

  it('answers the claim alone when nothing more is asked, and only what is asked', async () => {
    const core = await testCore(tempDir())
    const [article] = await call<{ id: number }[]>(core, 'articles.list', {})
    const c = await call<Saved>(core, 'claims.create', { articleId: article!.id, start: 0, end: 20 })
    const plain = await call<Saved>(core, 'claims.update', { id: c.id, patch: { note: 'check' } })
    expect(plain).not.toHaveProperty('history')
    expect(plain).not.toHaveProperty('undoState')
    const undoOnly = await call<Saved>(core, 'claims.update', { id: c.id, patch: { note: 'checked' }, refresh: ['undo'] })
    expect(undoOnly).not.toHaveProperty('history')
    expect(undoOnly.undoState!.undo).toMatch(/note/)
    await core.close()
  })

  it('refuses an unknown refresh and changes nothing', async () => {
    const core = await testCore(tempDir())
    const [article] = await call<{ id: number }[]>(core, 'articles.list', {})
    const c = await call<Saved>(core, 'claims.create', { articleId: article!.id, start: 0, end: 20, confidence: 'evidence' })
    await expect(
      core.dispatch('claims.update', { id: c.id, patch: { confidence: 'assess' }, refresh: ['speakers'] })
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect((await call<Saved[]>(core, 'claims.list', { articleId: article!.id }))[0]!.confidence).toBe('evidence')
    await core.close()
  })
})
