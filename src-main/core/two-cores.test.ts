import { describe, expect, it } from 'vitest'
import { invoke } from '../cli/run-core.ts'
import { testCore } from './testing/test-core.ts'
import { useTempDir } from './testing/temp-db.ts'

const tempDir = useTempDir()

const TEXT = 'Officials reportedly said the convoy moved at night. Perhaps the depot was hit.'

describe('two independent cores in one process', () => {
  it('share nothing: lexicon, import jobs, cached claim columns, history and prepared statements are their own', async () => {
    const a = await testCore(tempDir(), false)
    const b = await testCore(tempDir(), false)
    try {
      // a cue phrase added in one core changes its suggestions, not the other's
      const before = await invoke(b, 'suggest.text', { text: TEXT })
      await invoke(a, 'lexicon.add', { confidence: 'assess', phrase: 'reportedly said' })
      const inA = await invoke(a, 'suggest.text', { text: TEXT })
      expect(inA.some((s) => s.cue?.text.toLowerCase() === 'reportedly said')).toBe(true)
      expect(await invoke(b, 'suggest.text', { text: TEXT })).toEqual(before)

      // an import job of one core is unknown to the other
      const file = { name: 'convoy.txt', dataBase64: Buffer.from(TEXT).toString('base64') }
      const { jobId } = await invoke(a, 'import.start', { files: [file] })
      expect(await b.dispatch('import.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
      for (;;) if ((await invoke(a, 'import.status', { jobId, waitMs: 2000 })).finished) break

      // the cached "All claims" columns and the undo stack stay per core
      const [article] = await invoke(a, 'articles.list', {})
      await invoke(a, 'claims.create', { articleId: article!.id, start: 0, end: 9 })
      expect((await invoke(a, 'claims.columns', {})).id).toHaveLength(1)
      expect((await invoke(b, 'claims.columns', {})).id).toHaveLength(0)
      expect((await invoke(b, 'history.state', {})).undo).toBeNull()
      expect(a.database.state).not.toBe(b.database.state)
      expect([...a.database.state.statements.keys()].length).toBeGreaterThan(0)
      expect(b.database.state.statements.size).toBe(0)
    } finally {
      await a.close()
      await b.close()
    }
  })
})
