import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { ClaimQuery } from '../../contract/claims.ts'
import { invoke } from '../../cli/run-core.ts'
import type { Core } from '../core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'

const tempDir = useTempDir()

const BODY = 'Müller said it. MÜLLER said it. Muller said it. Ødegaard scored. İstanbul said it. Plain text.'

function corpus(core: Core): number[] {
  const a = addArticle(core.database, { title: 'Names', body: BODY })
  return [
    addClaim(core.database, a, { quote: 'Müller said it.', attributedTo: 'Müller' }),
    addClaim(core.database, a, { quote: 'MÜLLER said it.', attributedTo: 'MÜLLER' }),
    addClaim(core.database, a, { quote: 'Muller said it.', attributedTo: 'Muller' }),
    addClaim(core.database, a, { quote: 'Ødegaard scored.' }),
    addClaim(core.database, a, { quote: 'İstanbul said it.', attributedTo: 'Işık' }),
    addClaim(core.database, a, { quote: 'Plain text.', note: 'nothing here' })
  ]
}

async function exportedQuotes(core: Core, query: ClaimQuery): Promise<string[]> {
  const { exportId } = await core.exports.start({ format: 'csv', selection: { query } })
  const chunks: Buffer[] = []
  await core.exports.run(exportId, new Writable({ write: (c, _e, done) => (chunks.push(Buffer.from(c)), done()) }))
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
  return lines.map((line) => line.split(',').find((cell) => /said it\.|scored\.|text\./.test(cell))!)
}

describe('one filter rule (contract/text-fold.ts) in SQL: claims.list and export', () => {
  it.each<[string, ClaimQuery, number[]]>([
    ['Müller', { text: 'müller' }, [0, 1, 2]],
    ['MULLER', { text: 'MULLER' }, [0, 1, 2]],
    ['speaker muller', { speaker: 'muller' }, [0, 1, 2]],
    ['odegaard', { text: 'odegaard' }, [3]],
    ['ØDEGAARD', { text: 'ØDEGAARD' }, [3]],
    ['istanbul', { text: 'istanbul' }, [4]],
    ['ISTANBUL', { text: 'ISTANBUL' }, [4]],
    ['speaker ISIK', { speaker: 'ISIK' }, [4]],
    ['a literal 50%', { text: '50%' }, []]
  ])('%s filters the same rows as the claims table', async (_name, query, want) => {
    const core = await testCore(tempDir(), false)
    const ids = corpus(core)
    const listed = (await invoke(core, 'claims.list', query)).map((c) => c.id)
    expect(listed).toEqual(want.map((i) => ids[i]))
    const quotes = want.map(
      (i) => ['Müller said it.', 'MÜLLER said it.', 'Muller said it.', 'Ødegaard scored.', 'İstanbul said it.', 'Plain text.'][i]
    )
    expect(await exportedQuotes(core, query)).toEqual(quotes)
    await core.close()
  })

  it('folds a claim again when its speaker or note changes, and the speakers list groups by the folded name', async () => {
    const core = await testCore(tempDir(), false)
    const ids = corpus(core)
    await invoke(core, 'claims.update', { id: ids[5]!, patch: { attributedTo: 'Ødegaard', note: 'MÜNCHEN' } })
    expect((await invoke(core, 'claims.list', { text: 'munchen' })).map((c) => c.id)).toEqual([ids[5]])
    expect((await invoke(core, 'claims.list', { speaker: 'odegaard' })).map((c) => c.id)).toEqual([ids[5]])
    const speakers = await invoke(core, 'claims.speakers', {})
    expect(speakers.find((s) => s.claims === 3)?.name).toMatch(/^M[uüÜ]ller$/i)
    expect(speakers).toHaveLength(3)
    await core.close()
  })
})
