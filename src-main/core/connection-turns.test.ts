import { describe, expect, it } from 'vitest'
import { invoke } from '../cli/run-core.ts'
import type { ClaimRow } from '../contract/claims.ts'
import { writeTransaction } from './db/store.ts'
import { insertClaimRecord, nowIso } from './services/claim-record.ts'
import { addArticle } from './testing/claim-fixtures.ts'
import { useTempDir } from './testing/temp-db.ts'
import { testCore } from './testing/test-core.ts'

const tempDir = useTempDir()

const BODY = 'Satellite images show new hangars at the airbase. The ministry denied any build-up near the border.'

describe('calls that run at the same time on the one connection', () => {
  it('never see, or join, a write transaction that is still open: reads through the ports wait for it to end', async () => {
    const core = await testCore(tempDir(), false)
    try {
      const articleId = addArticle(core.database, { title: 'Airbase hangars', body: BODY })
      let reached!: () => void
      const inside = new Promise<void>((resolve) => (reached = resolve))
      let release!: () => void
      const gate = new Promise<void>((resolve) => (release = resolve))
      // a write that stores a claim, then fails while other calls come in (the gate holds it open)
      const failing = writeTransaction(core.database, async (tx) => {
        const now = nowIso()
        const claim = { article_id: articleId, start: 0, end: 17, quote: 'Satellite images', prefix: '', suffix: '', cue: null }
        const fields = { confidence: null, attributed_to: '', note: '', source_reliability: null, claim_credibility: null }
        await insertClaimRecord(tx.db, { ...claim, ...fields, created_at: now, updated_at: now, id: null })
        reached()
        await gate
        throw new Error('the write fails after storing a claim')
      })
      await inside
      const listed = core.dispatch('claims.list', {})
      const columns = core.dispatch('claims.columns', {})
      const found = core.dispatch('articles.search', { query: 'hangars' })
      const library = core.dispatch('articles.list', {})
      release()
      await expect(failing).rejects.toThrow(/fails after storing/)
      expect(await listed).toEqual({ ok: true, value: [] })
      expect(await columns).toMatchObject({ ok: true, value: { id: [] } })
      expect(await found).toMatchObject({ ok: true, value: [{ id: articleId }] })
      expect(await library).toMatchObject({ ok: true, value: [{ id: articleId, claims: 0 }] })
      expect(core.database.sqlite.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(0)
    } finally {
      await core.close()
    }
  })

  it('all finish, none waits forever: an import, edits, undo, a delete and reads started together', async () => {
    const core = await testCore(tempDir(), false)
    try {
      const articleId = addArticle(core.database, { title: 'Airbase hangars', body: BODY })
      const other = addArticle(core.database, { title: 'Weather', body: 'Rain all week.' })
      const claim = await invoke(core, 'claims.create', { articleId, start: 0, end: 49, confidence: 'assess' })
      const files = Array.from({ length: 30 }, (_, i) => ({
        name: `report-${i}.txt`,
        dataBase64: Buffer.from(`Report ${i}\n\nThe convoy ${i} crossed the river.`).toString('base64')
      }))
      const { jobId } = await invoke(core, 'import.start', { files })
      const calls = await Promise.all([
        ...['evidence', 'do not yet know', 'assess', null].map((confidence) =>
          core.dispatch('claims.update', { id: claim.id, patch: { confidence } })
        ),
        core.dispatch('claims.create', { articleId, start: 50, end: 98 }),
        core.dispatch('history.undo', {}),
        core.dispatch('articles.delete', { ids: [other] }),
        core.dispatch('claims.list', { articleId }),
        core.dispatch('articles.search', { query: 'convoy' }),
        core.dispatch('codes.create', { name: 'Military' }),
        core.dispatch('history.state', {})
      ])
      expect(calls.filter((c) => !c.ok)).toEqual([])
      for (;;) if ((await invoke(core, 'import.status', { jobId, waitMs: 2000 })).finished) break
      expect((await invoke(core, 'articles.list', {})).map((a) => a.title)).not.toContain('Weather')
      expect((await invoke(core, 'articles.search', { query: 'convoy' })).length).toBe(30)
      // the calls ran one after another in the order they came: the undo took back the claim created just before it
      expect(calls[4]).toMatchObject({ ok: true, value: { id: 2 } })
      expect(calls[5]).toMatchObject({ ok: true, value: { claimId: 2, description: expect.stringMatching(/^add claim/) } })
      expect(((await invoke(core, 'claims.list', { articleId })) as ClaimRow[]).map((c) => [c.id, c.confidence])).toEqual([[1, null]])
    } finally {
      await core.close()
    }
  })
})
