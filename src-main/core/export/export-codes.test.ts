import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../contract/codes.ts'
import type { Core } from '../core.ts'
import { call } from '../testing/call.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { exportText } from '../testing/export-text.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { importWebAnnotation } from '../web-annotation/import.ts'

const tempDir = useTempDir()

async function coded(core: Core) {
  const a = addArticle(core.database, {
    title: 'Air base',
    body: 'Imagery shows 12 jets. We assess they are fighters. Sanctions were widened.'
  })
  const jets = addClaim(core.database, a, { quote: 'Imagery shows 12 jets', confidence: 'evidence', createdAt: '2025-01-01T00:00:00.000Z' })
  const fighters = addClaim(core.database, a, {
    quote: 'We assess they are fighters',
    confidence: 'assess',
    createdAt: '2025-01-02T00:00:00.000Z'
  })
  addClaim(core.database, a, { quote: 'Sanctions were widened', createdAt: '2025-01-03T00:00:00.000Z' })
  const military = await call<CodeRow>(core, 'codes.create', { name: 'Military' })
  const air = await call<CodeRow>(core, 'codes.create', { name: 'Air power', parentId: military.id })
  const evidence = await call<CodeRow>(core, 'codes.create', { name: 'Seen; counted' })
  await call(core, 'codes.assign', { codeId: air.id, claimIds: [jets, fighters] })
  await call(core, 'codes.assign', { codeId: evidence.id, claimIds: [jets] })
  return { air, evidence }
}

describe('the codes in CSV and JSON-LD exports', () => {
  it('CSV: a last column "codes" with each code as its path, in codebook order', async () => {
    const core = await testCore(tempDir(), false)
    await coded(core)
    const rows = parse(await exportText(core.database, { format: 'csv', selection: { query: {} } }), {
      bom: true,
      columns: true
    }) as Record<string, string>[]
    expect(Object.keys(rows[0]!).at(-1)).toBe('codes')
    expect(rows.map((r) => [r.quote, r.codes])).toEqual([
      ['Imagery shows 12 jets', 'Military / Air power; Seen; counted'],
      ['We assess they are fighters', 'Military / Air power'],
      ['Sanctions were widened', '']
    ])
    await core.close()
  })

  it('JSON-LD: a classifying body per code, read back into the same codebook and assignments by a new database', async () => {
    const core = await testCore(tempDir(), false)
    const { air, evidence } = await coded(core)
    const file = JSON.parse(await exportText(core.database, { format: 'jsonld', selection: { query: {} } }))
    const first = file.first.items[0]
    expect(first.body.filter((b: { purpose: string }) => b.purpose === 'classifying')).toEqual([
      {
        type: 'TextualBody',
        purpose: 'classifying',
        value: 'Military / Air power',
        'awb:code': `urn:uuid:${air.guid.toLowerCase()}`,
        'awb:codePath': ['Military', 'Air power']
      },
      {
        type: 'TextualBody',
        purpose: 'classifying',
        value: 'Seen; counted',
        'awb:code': `urn:uuid:${evidence.guid.toLowerCase()}`,
        'awb:codePath': ['Seen; counted']
      }
    ])
    const other = await testCore(tempDir(), false)
    expect((await importWebAnnotation(other.database, JSON.stringify(file), 'claims.jsonld')).warnings).toEqual([])
    const codes = await call<CodeRow[]>(other, 'codes.list', {})
    expect(codes.map((c) => [c.path.join(' / '), c.claims])).toEqual([
      ['Military', 0],
      ['Military / Air power', 2],
      ['Seen; counted', 1]
    ])
    expect(codes.find((c) => c.name === 'Air power')!.guid).toBe(air.guid)
    const again = JSON.parse(await exportText(other.database, { format: 'jsonld', selection: { query: {} } }))
    expect(again.first.items).toEqual(file.first.items)
    await core.close()
    await other.close()
  })
})
