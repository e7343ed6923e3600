import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import type { Core } from '../core.ts'
import { loadShippedLexicon } from '../suggest/lexicon.ts'
import { suggestClaims } from '../suggest/suggest.ts'
import { addCue, effectiveLexicon, listCues, normalizePhrase, removeCue, setCueEnabled, syncBuiltinCues } from './cue-lexicon.ts'

const tempDir = useTempDir()
const tagOf = async (core: Core, text: string) =>
  suggestClaims(text, await effectiveLexicon(core.database)).find((s) => s.confidence)?.confidence ?? null

async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn()
  } catch (err) {
    return (err as WorkbenchError).code
  }
  return 'no error'
}

describe('the editable cue lexicon', () => {
  it('starts with every shipped phrase, built in and switched on', async () => {
    const core = await testCore(tempDir(), false)
    const cues = await listCues(core.database.db)
    expect(cues).toHaveLength(loadShippedLexicon().length)
    expect(cues.every((c) => c.builtin && c.enabled)).toBe(true)
    expect(cues).toContainEqual(expect.objectContaining({ confidence: 'assess', phrase: 'likely' }))
    await core.close()
  })

  it('uses a phrase the user adds, and stops using one switched off', async () => {
    const core = await testCore(tempDir(), false)
    const sentence = 'Per our sources, the convoy left at dawn on Monday.'
    expect(await tagOf(core, sentence)).toBeNull()
    const added = await addCue(core.database.db, 'evidence', '  Per   our SOURCES ')
    expect(added).toMatchObject({ phrase: 'per our sources', builtin: false, enabled: true })
    expect(await tagOf(core, sentence)).toBe('evidence')

    const likely = (await listCues(core.database.db)).find((c) => c.phrase === 'likely')!
    expect(await tagOf(core, 'The convoy likely left at dawn.')).toBe('assess')
    await setCueEnabled(core.database.db, likely.id, false)
    expect(await tagOf(core, 'The convoy likely left at dawn.')).toBeNull()
    await core.close()
  })

  it('removes user phrases but only switches built-in ones off', async () => {
    const core = await testCore(tempDir(), false)
    const mine = await addCue(core.database.db, 'assess', 'our hunch is')
    expect(await removeCue(core.database.db, mine.id)).toEqual({ id: mine.id })
    expect((await listCues(core.database.db)).some((c) => c.id === mine.id)).toBe(false)
    const builtin = (await listCues(core.database.db))[0]!
    expect(await codeOf(() => removeCue(core.database.db, builtin.id))).toBe('rejected')
    expect(await codeOf(() => removeCue(core.database.db, 999_999))).toBe('not_found')
    await core.close()
  })

  it('refuses a duplicate or a phrase that is not valid syntax, storing nothing', async () => {
    const core = await testCore(tempDir(), false)
    const before = (await listCues(core.database.db)).length
    expect(await codeOf(() => addCue(core.database.db, 'assess', ' Likely '))).toBe('conflict')
    expect(await codeOf(() => addCue(core.database.db, 'assess', '(unclosed | group'))).toBe('rejected')
    expect(await listCues(core.database.db)).toHaveLength(before)
    await core.close()
  })

  it("keeps built-ins in step with a new shipped list, keeping the user's choices and phrases", async () => {
    const core = await testCore(tempDir(), false)
    const mine = await addCue(core.database.db, 'assess', 'our hunch is')
    const likely = (await listCues(core.database.db)).find((c) => c.phrase === 'likely')!
    await setCueEnabled(core.database.db, likely.id, false)
    const shipped = [
      { confidence: 'assess' as const, phrase: 'likely' },
      { confidence: 'evidence' as const, phrase: 'Footage Shows' }
    ]
    expect(await syncBuiltinCues(core.database, shipped)).toBe(1)
    expect(await syncBuiltinCues(core.database, shipped)).toBe(0)
    const cues = await listCues(core.database.db)
    expect(cues.map((c) => [c.phrase, c.builtin, c.enabled]).sort()).toEqual([
      ['footage shows', true, true],
      ['likely', true, false],
      ['our hunch is', false, true]
    ])
    expect(cues.find((c) => c.id === mine.id)).toBeDefined()
    expect(normalizePhrase(' A  B ')).toBe('a b')
    await core.close()
  })
})
