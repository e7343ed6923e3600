import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { loadShippedLexicon } from '../suggest/lexicon.ts'
import { suggestClaims } from '../suggest/suggest.ts'
import { addCue, effectiveLexicon, listCues, normalizePhrase, removeCue, setCueEnabled, syncBuiltinCues } from './cue-lexicon.ts'

const tempDir = useTempDir()
const tagOf = (core: ReturnType<typeof testCore>, text: string) =>
  suggestClaims(text, effectiveLexicon(core.database)).find((s) => s.confidence)?.confidence ?? null

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    return (err as WorkbenchError).code
  }
  return 'no error'
}

describe('the editable cue lexicon', () => {
  it('starts with every shipped phrase, built in and switched on', async () => {
    const core = testCore(tempDir(), false)
    const cues = listCues(core.database)
    expect(cues).toHaveLength(loadShippedLexicon().length)
    expect(cues.every((c) => c.builtin && c.enabled)).toBe(true)
    expect(cues).toContainEqual(expect.objectContaining({ confidence: 'assess', phrase: 'likely' }))
    await core.close()
  })

  it('uses a phrase the user adds, and stops using one switched off', async () => {
    const core = testCore(tempDir(), false)
    const sentence = 'Per our sources, the convoy left at dawn on Monday.'
    expect(tagOf(core, sentence)).toBeNull()
    const added = addCue(core.database, 'evidence', '  Per   our SOURCES ')
    expect(added).toMatchObject({ phrase: 'per our sources', builtin: false, enabled: true })
    expect(tagOf(core, sentence)).toBe('evidence')

    const likely = listCues(core.database).find((c) => c.phrase === 'likely')!
    expect(tagOf(core, 'The convoy likely left at dawn.')).toBe('assess')
    setCueEnabled(core.database, likely.id, false)
    expect(tagOf(core, 'The convoy likely left at dawn.')).toBeNull()
    await core.close()
  })

  it('removes user phrases but only switches built-in ones off', async () => {
    const core = testCore(tempDir(), false)
    const mine = addCue(core.database, 'assess', 'our hunch is')
    expect(removeCue(core.database, mine.id)).toEqual({ id: mine.id })
    expect(listCues(core.database).some((c) => c.id === mine.id)).toBe(false)
    const builtin = listCues(core.database)[0]!
    expect(codeOf(() => removeCue(core.database, builtin.id))).toBe('rejected')
    expect(codeOf(() => removeCue(core.database, 999_999))).toBe('not_found')
    await core.close()
  })

  it('refuses a duplicate or a phrase that is not valid syntax, storing nothing', async () => {
    const core = testCore(tempDir(), false)
    const before = listCues(core.database).length
    expect(codeOf(() => addCue(core.database, 'assess', ' Likely '))).toBe('conflict')
    expect(codeOf(() => addCue(core.database, 'assess', '(unclosed | group'))).toBe('rejected')
    expect(listCues(core.database)).toHaveLength(before)
    await core.close()
  })

  it("keeps built-ins in step with a new shipped list, keeping the user's choices and phrases", async () => {
    const core = testCore(tempDir(), false)
    const mine = addCue(core.database, 'assess', 'our hunch is')
    const likely = listCues(core.database).find((c) => c.phrase === 'likely')!
    setCueEnabled(core.database, likely.id, false)
    const shipped = [
      { confidence: 'assess' as const, phrase: 'likely' },
      { confidence: 'evidence' as const, phrase: 'Footage Shows' }
    ]
    expect(syncBuiltinCues(core.database, shipped)).toBe(1)
    expect(syncBuiltinCues(core.database, shipped)).toBe(0)
    const cues = listCues(core.database)
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
