import { describe, expect, it } from 'vitest'
import { dbIn, useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { call } from '../testing/call.ts'
import { startCore } from '../core.ts'

const tempDir = useTempDir()
const place = {
  view: 'compare',
  articleId: 3,
  filters: { read: { text: 'troops', confidence: ['assess', 'none'], speaker: 'John Kirby', groupBy: 'attributedTo' } },
  compare: { left: 3, right: 5 }
}

describe('the saved place', () => {
  it('is none at first, then what was saved, also after a restart', async () => {
    const dir = tempDir()
    const core = await testCore(dir)
    expect(await call(core, 'place.get', {})).toBeNull()
    await call(core, 'place.set', place)
    expect(await call(core, 'place.get', {})).toEqual(place)
    await core.close()
    const again = await startCore(dbIn(dir), { transport: 'direct', seed: false, checkOutput: true })
    expect(await call(again, 'place.get', {})).toEqual(place)
    await again.close()
  })

  it('refuses a place it could not read back, and reads a damaged stored value as none', async () => {
    const core = await testCore(tempDir())
    await expect(call(core, 'place.set', { view: 'nowhere' })).rejects.toMatchObject({ code: 'invalid_input' })
    core.database.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('ui.place', '{not json')").run()
    expect(await call(core, 'place.get', {})).toBeNull()
    await core.close()
  })
})
