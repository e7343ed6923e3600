import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { insertArticle } from '../services/articles.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import type { Core } from '../core.ts'
import { CONTEXT_CHARS as CONTEXT } from '../anchor/anchor.ts'
import { acceptSuggestions } from './accept.ts'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const tempDir = useTempDir()
const lexicon = buildLexicon(loadShippedLexicon())
const body =
  'The strike entered its second week on Monday. "Our data show a clear drop in freight since the walkout began," said Marta Lind. It remains unclear whether the government will step in.'

async function setup() {
  const core = await testCore(tempDir(), false)
  const { id } = await insertArticle(core.database, { title: 'Port strike', body, format: 'txt' })
  return { core, id }
}
const claims = (core: Core) =>
  core.database.sqlite
    .prepare('SELECT start, "end", quote, prefix, suffix, confidence, attributed_to AS speaker, cue FROM claims ORDER BY start')
    .all() as Record<string, unknown>[]

describe('accepting suggestions as claims', () => {
  it('stores each with its quote, context, tag, speaker and cue', async () => {
    const { core, id } = await setup()
    const suggestions = suggestClaims(body, lexicon)
    const { inserted, skipped } = await acceptSuggestions(core.database, id, suggestions)
    expect(inserted).toHaveLength(suggestions.length)
    expect(skipped).toBe(0)
    const stored = claims(core)
    const lind = stored.find((c) => c.confidence === 'evidence')!
    expect(lind).toMatchObject({
      quote: 'Our data show a clear drop in freight since the walkout began',
      speaker: 'Marta Lind',
      cue: 'data show'
    })
    expect(lind.prefix).toBe(body.slice((lind.start as number) - CONTEXT, lind.start as number))
    expect(lind.suffix).toBe(body.slice(lind.end as number, (lind.end as number) + CONTEXT))
    expect(await acceptSuggestions(core.database, id, suggestions)).toEqual({ inserted: [], skipped: suggestions.length })
    await core.close()
  })

  it('stores nothing when any suggestion does not quote the article at its offsets', async () => {
    const { core, id } = await setup()
    const [first, ...rest] = suggestClaims(body, lexicon)
    const wrong = { ...rest[0]!, quote: 'something else' }
    await expect(acceptSuggestions(core.database, id, [first!, wrong])).rejects.toThrow(WorkbenchError)
    expect(claims(core)).toEqual([])
    await expect(acceptSuggestions(core.database, 9999, [first!])).rejects.toThrow(/no article 9999/)
    await core.close()
  })
})
