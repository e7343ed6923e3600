import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startCore } from '../core/core.ts'
import { openQdpx } from '../core/qdpx/qdpx-archive.ts'
import { readQde } from '../core/qdpx/qde-reader.ts'
import { addArticle, addClaim } from '../core/testing/claim-fixtures.ts'
import { atlasSamplePath } from '../core/testing/standards.ts'
import { dbIn, useTempDir } from '../core/testing/temp-db.ts'
import { validateQde } from '../core/testing/xmllint.ts'
import { workbench } from './testing/run-workbench.ts'

const tempDir = useTempDir()
const atlasSample = atlasSamplePath()

describe('workbench import of an ATLAS.ti project, and workbench codes', () => {
  it.runIf(atlasSample)("imports the ATLAS.ti 23 sample's codebook and lists it nested, for people and as JSON", async () => {
    const db = dbIn(tempDir())
    const imported = await workbench(['import', '--db', db, '--no-samples', atlasSample!])
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(
      /^imported\s+.*atlas-ti-23-codebook-sample\.qdpx — target-atlas-project: 0 articles, 0 claims, 3 codes\n$/
    )
    const listed = await workbench(['codes', '--db', db])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toBe(
      'Commits  (0 claims)\n  2022-05-10T02:05:59Z 19e4dce  (0 claims)\n  2022-02-11T10:39:25Z cdbfd92  (0 claims)\n'
    )
    const json = JSON.parse((await workbench(['codes', '--db', db, '--json'])).stdout)
    expect(json).toEqual([
      {
        id: expect.any(Number),
        guid: 'A182CD3A-D83C-4D8C-BC80-26D9103EC6D6',
        name: 'Commits',
        color: null,
        description: '',
        claims: 0,
        children: [
          {
            id: expect.any(Number),
            guid: '2D2466F0-D77F-4F8C-BDF9-628966B6B74D',
            name: '2022-05-10T02:05:59Z 19e4dce',
            color: null,
            description: '',
            claims: 0,
            children: []
          },
          {
            id: expect.any(Number),
            guid: '086AC733-7B1C-4749-A138-D7182F63A5C9',
            name: '2022-02-11T10:39:25Z cdbfd92',
            color: null,
            description: '',
            claims: 0,
            children: []
          }
        ]
      }
    ])
    // again: the same codes are found by their GUIDs, nothing is added
    const again = await workbench(['import', '--db', db, '--no-samples', atlasSample!])
    expect(again.stdout).toMatch(/^duplicate /)
    expect((await workbench(['codes', '--db', db])).stdout.split('\n')).toHaveLength(4)
  })

  it('says so for an empty codebook', async () => {
    const r = await workbench(['codes', '--db', dbIn(tempDir()), '--no-samples'])
    expect(r).toMatchObject({ code: 0, stdout: 'The codebook is empty.\n' })
  })
})

describe('workbench export --format qdpx', () => {
  it('writes a .qdpx whose project.qde is valid, which another database imports with claims and codes', async () => {
    const dir = tempDir()
    const db = dbIn(dir, 'a.sqlite')
    const core = await startCore(db, { transport: 'direct', seed: false })
    const article = addArticle(core.database, {
      title: 'Imagery of the air base',
      body: '😀 Imagery shows 12 jets. We assess they are fighters.'
    })
    const claim = addClaim(core.database, article, {
      quote: 'We assess they are fighters',
      confidence: 'assess',
      attributedTo: 'Ilse Varga'
    })
    const code = Number(
      core.database.sqlite.prepare("INSERT INTO codes (guid, name) VALUES ('6BA7B810-9DAD-41D1-80B4-00C04FD430C8', 'Air power')").run()
        .lastInsertRowid
    )
    core.database.sqlite.prepare('INSERT INTO claim_codes (claim_id, code_id) VALUES (?, ?)').run(claim, code)
    await core.close()

    const out = join(dir, 'project.qdpx')
    const exported = await workbench(['export', '--db', db, '--format', 'qdpx', '--out', out])
    expect(exported).toMatchObject({ code: 0, stderr: `Exported 1 claim to ${out}.\n` })
    const archive = openQdpx(readFileSync(out))
    expect((await validateQde(archive.qde)).valid).toBe(true)
    expect(readQde(archive.qde).textSources[0]!.selections[0]).toMatchObject({ start: '25', end: '52', description: 'Speaker: Ilse Varga' })

    const other = dbIn(dir, 'b.sqlite')
    const imported = await workbench(['import', '--db', other, '--no-samples', '--json', out])
    expect(JSON.parse(imported.stdout)).toEqual([
      { path: out, status: 'imported', id: 1, title: 'Imagery of the air base: 1 article, 1 claim, 1 code' }
    ])
    const claims = JSON.parse((await workbench(['claims', '--db', other, '--json'])).stdout)
    expect(claims).toMatchObject([
      { quote: 'We assess they are fighters', confidence: 'assess', attributed_to: 'Ilse Varga', codes: ['Air power'] }
    ])
  })
})
