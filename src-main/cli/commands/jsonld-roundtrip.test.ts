import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../../core/testing/temp-db.ts'
import { workbench } from '../testing/run-workbench.ts'

const tempDir = useTempDir()

/** The claims of a JSON-LD export without ids and times: what must survive a round trip. */
function claimsOf(file: string) {
  const doc = JSON.parse(readFileSync(file, 'utf8'))
  return (doc.first.items as { target: unknown; body: unknown }[])
    .map((a) => JSON.stringify([a.target, a.body]).replace(/"source":"[^"]*"/g, ''))
    .sort()
}

describe('W3C Web Annotation round trip through workbench import', () => {
  it(
    'export → import into another database → export gives the same claims; a second import adds nothing',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir()
      const a = dbIn(dir, 'a.sqlite')
      const b = dbIn(dir, 'b.sqlite')
      const list = JSON.parse((await workbench(['list', '--db', a, '--json'])).stdout) as { id: number; title: string }[]
      const id = String(list.find((x) => x.title.startsWith('Pentagon chief'))!.id)
      await workbench([
        'claim',
        'add',
        '--db',
        a,
        '--article',
        id,
        '--quote',
        'There is evidence that there are DPRK troops in Russia',
        '--confidence',
        'evidence',
        '--by',
        'Lloyd Austin',
        '--note',
        'news conference'
      ])
      await workbench([
        'claim',
        'add',
        '--db',
        a,
        '--article',
        id,
        '--quote',
        'We do not yet know whether these soldiers will enter into combat',
        '--confidence',
        'do not yet know',
        '--by',
        'John Kirby'
      ])
      const first = join(dir, 'first.jsonld')
      expect((await workbench(['export', '--db', a, '--format', 'jsonld', '--out', first])).code).toBe(0)

      const imported = await workbench(['import', '--db', b, '--no-samples', '--json', first])
      expect(imported.code).toBe(0)
      expect(JSON.parse(imported.stdout)).toEqual([
        expect.objectContaining({ status: 'imported', title: expect.stringContaining('(2 claims)') })
      ])
      const second = join(dir, 'second.jsonld')
      expect((await workbench(['export', '--db', b, '--format', 'jsonld', '--out', second])).code).toBe(0)
      expect(claimsOf(second)).toEqual(claimsOf(first))
      expect(claimsOf(first)).toHaveLength(2)

      const again = await workbench(['import', '--db', b, '--json', first])
      expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ status: 'duplicate' })])
    }
  )

  it('rejects a JSON-LD file that is not ours, naming it, and stores nothing', async () => {
    const dir = tempDir()
    const bad = join(dir, 'other.jsonld')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(bad, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' }))
    const r = await workbench(['import', '--db', dbIn(dir), '--no-samples', '--json', bad])
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ status: 'rejected', error: expect.stringContaining('other.jsonld') })])
    expect(JSON.parse((await workbench(['list', '--db', dbIn(dir), '--json', '--no-samples'])).stdout)).toEqual([])
  })
})
