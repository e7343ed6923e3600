import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../contract/codes.ts'
import type { Core } from '../core.ts'
import { call } from '../testing/call.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'

const tempDir = useTempDir()

const BODY = 'Imagery shows 12 jets. We assess they are fighters. Nobody yet knows who flies them. Sanctions were widened.'

function corpus(core: Core): number[] {
  const a = addArticle(core.database, { title: 'Air base', body: BODY })
  return ['Imagery shows 12 jets', 'We assess they are fighters', 'Nobody yet knows who flies them', 'Sanctions were widened'].map(
    (quote, i) => addClaim(core.database, a, { quote, createdAt: `2025-01-0${i + 1}T00:00:00.000Z` })
  )
}

const create = (core: Core, name: string, extra: Record<string, unknown> = {}) => call<CodeRow>(core, 'codes.create', { name, ...extra })
const list = (core: Core) => call<CodeRow[]>(core, 'codes.list', {})
const paths = async (core: Core) => (await list(core)).map((c) => `${c.path.join(' / ')} (${c.claims})`)
const assignments = (core: Core, articleId?: number) =>
  call<{ claimIds: number[]; codeIds: number[] }>(core, 'codes.assignments', articleId ? { articleId } : {})

describe('the codebook', () => {
  it('nests codes, keeps siblings in order, lists them depth-first with paths, colours and descriptions', async () => {
    const core = await testCore(tempDir(), false)
    const military = await create(core, 'Military', { color: '#AA3300', description: 'Forces and their moves' })
    await create(core, 'Sanctions')
    const troops = await create(core, 'Troop movements', { parentId: military.id })
    await create(core, 'Air power', { parentId: military.id })
    expect(military).toMatchObject({ name: 'Military', color: '#aa3300', description: 'Forces and their moves', depth: 0, parentId: null })
    expect(military.guid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/)
    expect(troops).toMatchObject({ parentId: military.id, depth: 1, path: ['Military', 'Troop movements'] })
    expect(await paths(core)).toEqual(['Military (0)', 'Military / Troop movements (0)', 'Military / Air power (0)', 'Sanctions (0)'])
    await core.close()
  })

  it('refuses a second code of the same name (any case) among siblings, a tag name, a blank name, a missing parent', async () => {
    const core = await testCore(tempDir(), false)
    const military = await create(core, 'Military')
    await create(core, 'Troops', { parentId: military.id })
    await expect(create(core, 'TROOPS', { parentId: military.id })).rejects.toThrow(
      /conflict: There is already a code "TROOPS" under "Military"/
    )
    await expect(create(core, 'military')).rejects.toThrow(/at the top level/)
    await create(core, 'Troops') // the same name elsewhere is fine
    await expect(create(core, 'Evidence')).rejects.toThrow(/invalid_input.*name of a confidence tag/)
    await expect(create(core, '   ')).rejects.toThrow(/a code needs a name/)
    await expect(create(core, 'x', { parentId: 999 })).rejects.toThrow(/not_found: There is no code 999/)
    await expect(create(core, 'x', { color: 'red' })).rejects.toThrow(/#rrggbb/)
    expect((await list(core)).map((c) => c.name)).toEqual(['Military', 'Troops', 'Troops'])
    await core.close()
  })

  it('renames, recolours and moves codes, but never under themselves', async () => {
    const core = await testCore(tempDir(), false)
    const a = await create(core, 'A')
    const b = await create(core, 'B', { parentId: a.id })
    const c = await create(core, 'C')
    expect(await call(core, 'codes.update', { id: c.id, name: 'Sanctions', color: '#00FF00' })).toMatchObject({
      name: 'Sanctions',
      color: '#00ff00'
    })
    await expect(call(core, 'codes.update', { id: b.id, name: 'a' })).resolves.toMatchObject({ name: 'a' }) // not a sibling of A
    await expect(call(core, 'codes.move', { id: a.id, parentId: b.id })).rejects.toThrow(
      /cannot go under itself or one of its own sub-codes/
    )
    await call(core, 'codes.move', { id: c.id, parentId: a.id, position: 0 })
    expect(await paths(core)).toEqual(['A (0)', 'A / Sanctions (0)', 'A / a (0)'])
    await expect(call(core, 'codes.move', { id: b.id, parentId: null })).rejects.toThrow(/There is already a code "a" at the top level/)
    expect(await paths(core)).toEqual(['A (0)', 'A / Sanctions (0)', 'A / a (0)'])
    await call(core, 'codes.update', { id: b.id, name: 'Bases' })
    await call(core, 'codes.move', { id: b.id, parentId: null })
    expect(await paths(core)).toEqual(['A (0)', 'A / Sanctions (0)', 'Bases (0)'])
    await core.close()
  })

  it('assigns and unassigns codes on claims, counts them, and lists the pairs per article', async () => {
    const core = await testCore(tempDir(), false)
    const [c1, c2, c3] = corpus(core)
    const other = addArticle(core.database, { title: 'Other', body: 'Officials assess the claim is false.' })
    const c5 = addClaim(core.database, other, { quote: 'Officials assess the claim is false' })
    const jets = await create(core, 'Jets')
    const sanctions = await create(core, 'Sanctions')
    expect(await call(core, 'codes.assign', { codeId: jets.id, claimIds: [c1, c2, c1] })).toEqual({ changed: 2 })
    expect(await call(core, 'codes.assign', { codeId: jets.id, claimIds: [c2, c3] })).toEqual({ changed: 1 })
    await call(core, 'codes.assign', { codeId: sanctions.id, claimIds: [c2, c5] })
    expect(await paths(core)).toEqual(['Jets (3)', 'Sanctions (2)'])
    expect(await assignments(core)).toEqual({
      claimIds: [c1, c2, c2, c3, c5],
      codeIds: [jets.id, jets.id, sanctions.id, jets.id, sanctions.id]
    })
    expect(await assignments(core, other)).toEqual({ claimIds: [c5], codeIds: [sanctions.id] })
    await expect(call(core, 'codes.assign', { codeId: jets.id, claimIds: [c1, 9999] })).rejects.toThrow(
      /not_found: There is no claim 9999; no code was assigned/
    )
    expect(await call(core, 'codes.unassign', { codeId: jets.id, claimIds: [c1, c3, 9999] })).toEqual({ changed: 2 })
    expect(await paths(core)).toEqual(['Jets (1)', 'Sanctions (2)'])
    await core.close()
  })

  it('merges a code into another: its claims and sub-codes go there, same-named sub-codes are merged too', async () => {
    const core = await testCore(tempDir(), false)
    const [c1, c2, c3] = corpus(core)
    const air = await create(core, 'Air')
    const jets = await create(core, 'Jets', { parentId: air.id })
    const aircraft = await create(core, 'Aircraft')
    const jets2 = await create(core, 'jets', { parentId: aircraft.id })
    const drones = await create(core, 'Drones', { parentId: aircraft.id })
    await call(core, 'codes.assign', { codeId: aircraft.id, claimIds: [c1, c2] })
    await call(core, 'codes.assign', { codeId: air.id, claimIds: [c2] })
    await call(core, 'codes.assign', { codeId: jets2.id, claimIds: [c3] })
    await call(core, 'codes.assign', { codeId: drones.id, claimIds: [c3] })
    await expect(call(core, 'codes.merge', { sourceId: air.id, targetId: jets.id })).rejects.toThrow(
      /cannot be merged into its own sub-code/
    )
    const merged = await call<{ target: CodeRow; claims: number }>(core, 'codes.merge', { sourceId: aircraft.id, targetId: air.id })
    expect(merged).toMatchObject({ target: { name: 'Air', claims: 2 }, claims: 2 })
    expect(await paths(core)).toEqual(['Air (2)', 'Air / Jets (1)', 'Air / Drones (1)'])
    expect((await list(core)).find((c) => c.name === 'Jets')!.id).toBe(jets.id)
    await core.close()
  })

  it('deletes a code with its sub-codes; the claims stay, without it', async () => {
    const core = await testCore(tempDir(), false)
    const [c1, c2] = corpus(core)
    const air = await create(core, 'Air')
    const jets = await create(core, 'Jets', { parentId: air.id })
    const keep = await create(core, 'Keep')
    await call(core, 'codes.assign', { codeId: air.id, claimIds: [c1] })
    await call(core, 'codes.assign', { codeId: jets.id, claimIds: [c1, c2] })
    await call(core, 'codes.assign', { codeId: keep.id, claimIds: [c2] })
    expect(await call(core, 'codes.delete', { id: air.id })).toEqual({ codes: 2, claims: 2 })
    expect(await paths(core)).toEqual(['Keep (1)'])
    expect(await assignments(core)).toEqual({ claimIds: [c2], codeIds: [keep.id] })
    expect(core.database.sqlite.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(4)
    await core.close()
  })

  it('gives a deleted claim its codes back when the delete is undone; a new claim never inherits them', async () => {
    const core = await testCore(tempDir(), false)
    const a = addArticle(core.database, { title: 'Air base', body: BODY })
    const jets = await create(core, 'Jets')
    const claim = await call<{ id: number }>(core, 'claims.create', { articleId: a, start: 0, end: 21, confidence: 'evidence' })
    await call(core, 'codes.assign', { codeId: jets.id, claimIds: [claim.id] })
    await call(core, 'claims.delete', { id: claim.id })
    expect(await assignments(core)).toEqual({ claimIds: [], codeIds: [] })
    expect(await paths(core)).toEqual(['Jets (0)'])
    await call(core, 'history.undo', {})
    expect(await assignments(core)).toEqual({ claimIds: [claim.id], codeIds: [jets.id] })
    // deleted again, and a new claim takes the freed id: it starts without codes
    await call(core, 'claims.delete', { id: claim.id })
    const fresh = await call<{ id: number }>(core, 'claims.create', { articleId: a, start: 23, end: 50 })
    expect(fresh.id).toBe(claim.id)
    expect(await assignments(core)).toEqual({ claimIds: [], codeIds: [] })
    await core.close()
  })

  it('keeps the codes of claims through deleting and restoring their article', async () => {
    const core = await testCore(tempDir(), false)
    const [c1, c2] = corpus(core)
    const article = core.database.sqlite.prepare('SELECT article_id FROM claims WHERE id = ?').pluck().get(c1) as number
    const jets = await create(core, 'Jets')
    await call(core, 'codes.assign', { codeId: jets.id, claimIds: [c1, c2] })
    await call(core, 'articles.delete', { ids: [article] })
    expect(await paths(core)).toEqual(['Jets (0)'])
    await call(core, 'history.undo', {})
    expect(await assignments(core)).toEqual({ claimIds: [c1, c2], codeIds: [jets.id, jets.id] })
    await core.close()
  })
})

describe('the analyst named in exported projects', () => {
  it('is "Analyst" until set, then the name given', async () => {
    const core = await testCore(tempDir(), false)
    expect(await call(core, 'exchange.analyst', {})).toEqual({ name: 'Analyst' })
    expect(await call(core, 'exchange.setAnalyst', { name: '  Ilse Varga ' })).toEqual({ name: 'Ilse Varga' })
    expect(await call(core, 'exchange.analyst', {})).toEqual({ name: 'Ilse Varga' })
    await expect(call(core, 'exchange.setAnalyst', { name: 'a\nb' })).rejects.toThrow(/invalid_input/)
    await core.close()
  })
})
