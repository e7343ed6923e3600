import { describe, expect, it } from 'vitest'
import { invoke } from '../../cli/run-core.ts'
import { startCore } from '../core.ts'
import { linkTeam } from '../team/client/link.ts'
import { drainChanges } from '../team/client/outbox.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { openDatabase } from './open.ts'

const tempDir = useTempDir()

describe('migration 0007 (team mode)', () => {
  it('keeps a version-6 library as it was; its claims get no team id until the database joins a team', async () => {
    const path = dbIn(tempDir())
    const v6 = openDatabase(path, { upTo: 6 })
    const a = Number(
      v6.sqlite
        .prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'We assess it is so.', 'h1', 'txt')")
        .run().lastInsertRowid
    )
    v6.sqlite
      .prepare(
        "INSERT INTO claims (article_id, start, \"end\", quote, confidence, attributed_to) VALUES (?, 0, 9, 'We assess', 'assess', 'MoD')"
      )
      .run(a)
    await v6.close()

    const v7 = openDatabase(path, { upTo: 7 })
    expect(v7.sqlite.prepare('SELECT quote, confidence, attributed_to, uid FROM claims').all()).toEqual([
      { quote: 'We assess', confidence: 'assess', attributed_to: 'MoD', uid: null }
    ])
    // not linked: changes are not captured
    v7.sqlite.prepare("UPDATE claims SET confidence = 'evidence'").run()
    expect(v7.sqlite.prepare('SELECT count(*) FROM team_changes').pluck().get()).toBe(0)
    await linkTeam(v7.db, 'http://127.0.0.1:1', 'ana', 'wbt_token')
    expect(v7.sqlite.prepare('SELECT uid FROM claims').pluck().get()).toMatch(/^[0-9a-f]{32}$/)
    expect(await drainChanges(v7.db)).toBe(1) // the claim made before joining: one created event
    await v7.close()
  })
})

describe("capturing every change to one's claims while a team is linked", () => {
  it('edits, undo, redo, accepted suggestions and a deleted article all become events, in order', async () => {
    const core = await startCore(dbIn(tempDir()), { transport: 'direct', seed: true })
    try {
      await linkTeam(core.database.db, 'http://127.0.0.1:1', 'ana', 'wbt_token')
      await drainChanges(core.database.db) // the sample corpus's claims, if any
      await core.database.db.deleteFrom('team_events').execute()
      const [article] = await invoke(core, 'articles.list', {})
      const claim = await invoke(core, 'claims.create', { articleId: article!.id, start: 0, end: 12, confidence: 'assess' })
      await invoke(core, 'claims.update', { id: claim.id, patch: { confidence: 'evidence', attributedTo: 'Reuters' } })
      await invoke(core, 'history.undo', {}) // back to assess, no speaker
      await invoke(core, 'history.redo', {})
      await invoke(core, 'claims.update', { id: claim.id, patch: { note: 'checked', sourceReliability: 'B' } })
      await invoke(core, 'articles.delete', { ids: [article!.id] })
      await drainChanges(core.database.db)
      const events = await core.database.db.selectFrom('team_events').select(['kind', 'hlc', 'claim', 'payload']).orderBy('hlc').execute()
      expect(events.map((e) => e.kind)).toEqual([
        'claim.created',
        'claim.retagged',
        'claim.attributed',
        'claim.retagged', // undo
        'claim.attributed',
        'claim.retagged', // redo
        'claim.attributed',
        'claim.noted',
        'claim.graded',
        'claim.deleted' // with its article
      ])
      expect(new Set(events.map((e) => e.claim)).size).toBe(1)
      expect(events.map((e) => JSON.parse(e.payload))[3]).toEqual({ confidence: 'assess' })
    } finally {
      await core.close()
    }
  })

  it("a restored article's claims come back as new claims for the team (a deletion there is final)", async () => {
    const core = await startCore(dbIn(tempDir()), { transport: 'direct', seed: true })
    try {
      await linkTeam(core.database.db, 'http://127.0.0.1:1', 'ana', 'wbt_token')
      const [article] = await invoke(core, 'articles.list', {})
      const claim = await invoke(core, 'claims.create', { articleId: article!.id, start: 0, end: 12, confidence: 'assess' })
      await drainChanges(core.database.db)
      await core.database.db.deleteFrom('team_events').execute()
      await invoke(core, 'articles.delete', { ids: [article!.id] })
      await invoke(core, 'history.undo', {})
      await drainChanges(core.database.db)
      const events = await core.database.db.selectFrom('team_events').select(['kind', 'claim']).orderBy('hlc').execute()
      const created = events.filter((e) => e.kind === 'claim.created')
      expect(events.map((e) => e.kind)).toContain('claim.deleted')
      expect(created.length).toBeGreaterThanOrEqual(1)
      const [deleted] = events.filter((e) => e.kind === 'claim.deleted')
      expect(created.every((e) => e.claim !== deleted!.claim)).toBe(true)
      expect((await invoke(core, 'claims.list', { articleId: article!.id })).map((c) => c.id)).toContain(claim.id)
    } finally {
      await core.close()
    }
  })
})
