import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usePgDatabase } from '../core/testing/pg-shared.ts'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { startTeamServe, type ServeProcess } from './testing/team-serve-process.ts'
import { workbench } from './testing/run-workbench.ts'

const pg = usePgDatabase()
const tempDir = useTempDir()
let serve: ServeProcess | undefined
afterAll(async () => serve?.kill())

const json = <T>(r: { code: number; stdout: string; stderr: string }): T => {
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`)
  return JSON.parse(r.stdout) as T
}

describe('team mode from the command line', () => {
  beforeAll(async () => {
    const init = await workbench(['team', 'init', '--pg', pg.url()])
    expect(init).toMatchObject({ code: 0, stderr: expect.stringContaining('migrated from schema version 0 to 1') })
  }, 60_000)

  it("init, add analysts, serve, join, claim, sync, list every analyst's claims, change one, and report agreement", async () => {
    expect((await workbench(['team', 'init', '--pg', pg.url()])).stderr).toContain('up to date')
    const ana = json<{ name: string; token: string }>(await workbench(['team', 'add-analyst', '--pg', pg.url(), 'ana', '--json']))
    const ben = json<{ name: string; token: string }>(await workbench(['team', 'add-analyst', '--pg', pg.url(), 'ben', '--json']))
    expect(ana).toEqual({ name: 'ana', token: expect.stringMatching(/^wbt_/) })
    expect((await workbench(['team', 'add-analyst', '--pg', pg.url(), 'ana'])).stderr).toContain('already an analyst named ana')
    serve = await startTeamServe(pg.url())

    const dir = tempDir()
    const [anaDb, benDb] = [dbIn(dir, 'ana.sqlite'), dbIn(dir, 'ben.sqlite')]
    const wrong = await workbench(['team', 'join', serve.url, '--as', 'ben', '--token', ana.token, '--db', benDb, '--no-samples'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('belongs to ana')
    expect((await workbench(['team', 'join', serve.url, '--as', 'ana', '--token', ana.token, '--db', anaDb])).code).toBe(0)
    expect((await workbench(['team', 'join', serve.url, '--as', 'ben', '--token', ben.token, '--db', benDb, '--no-samples'])).code).toBe(0)

    const [article] = json<{ id: number; title: string }[]>(await workbench(['list', '--db', anaDb, '--json']))
    const body = json<{ body: string }>(await workbench(['show', String(article!.id), '--db', anaDb, '--json'])).body
    const quote = body.split(/(?<=\.)\s/)[0]!
    const added = json<{ id: number }>(
      await workbench([
        'claim',
        'add',
        '--db',
        anaDb,
        '--article',
        String(article!.id),
        '--quote',
        quote,
        '--confidence',
        'assess',
        '--json'
      ])
    )
    const synced = json<{ pushed: number; pulled: number }>(await workbench(['sync', '--db', anaDb, '--json']))
    expect(synced.pushed).toBeGreaterThanOrEqual(1)
    expect(json<{ pushed: number; pulled: number }>(await workbench(['sync', '--db', benDb, '--json']))).toEqual({
      pushed: 0,
      pulled: synced.pushed
    })

    const [benArticle] = json<{ id: number }[]>(await workbench(['list', '--db', benDb, '--json']))
    await workbench(['claim', 'add', '--db', benDb, '--article', String(benArticle!.id), '--quote', quote, '--confidence', 'evidence'])
    const all = json<{ analyst: string; id: number | null; quote: string; confidence: string }[]>(
      await workbench(['claims', '--all', '--json', '--db', benDb])
    )
    expect(all.filter((c) => c.quote === quote).map((c) => [c.analyst, c.confidence])).toEqual([
      ['ana', 'assess'],
      ['ben', 'evidence']
    ])
    const own = json<{ id: number }[]>(await workbench(['claims', '--json', '--db', benDb]))
    expect(own).toHaveLength(1)

    const set = json<{ confidence: string; attributed_to: string }>(
      await workbench(['claim', 'set', '--db', benDb, '--id', String(own[0]!.id), '--confidence', 'assess', '--by', 'MoD', '--json'])
    )
    expect(set).toMatchObject({ confidence: 'assess', attributed_to: 'MoD' })
    await workbench(['sync', '--db', benDb])
    await workbench(['sync', '--db', anaDb])
    const report = json<{
      analysts: string[]
      matched: number
      percent: number
      cohen_kappa: number | null
      krippendorff_alpha: number | null
    }>(await workbench(['agreement', '--db', anaDb, '--json', '--article', String(article!.id)]))
    expect(report).toMatchObject({ analysts: ['ana', 'ben'], matched: 1, percent: 100 })
    expect(added.id).toBeGreaterThan(0)
  }, 120_000) // some twenty workbench processes, one after another: slow when the suite runs beside other work

  it('sync with the server unreachable exits non-zero with a clear message', async () => {
    const db = dbIn(tempDir())
    await workbench(['list', '--db', db, '--no-samples'])
    const notLinked = await workbench(['sync', '--db', db])
    expect(notLinked).toMatchObject({ code: 1, stderr: expect.stringContaining('has not joined a team') })
    const joinDown = await workbench(['team', 'join', 'http://127.0.0.1:9', '--as', 'ana', '--token', 'wbt_whatever', '--db', db])
    expect(joinDown).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot reach the team server at http://127.0.0.1:9') })
  })
})
