import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addArticle, addClaim } from '../core/testing/claim-fixtures.ts'
import { useTempDir } from '../core/testing/temp-db.ts'
import { testCore } from '../core/testing/test-core.ts'
import { createSaveExportHandler } from './save-export.ts'

const tempDir = useTempDir()
const fromApp = { senderFrame: { url: 'app://workbench/index.html' } }
const trusted = (url: string): boolean => url.startsWith('app://workbench/')

function setup() {
  const dir = tempDir()
  const core = testCore(dir, false)
  const article = addArticle(core.database, { title: 'Report', body: 'We assess it is likely. There is evidence of it.' })
  addClaim(core.database, article, { quote: 'We assess it is likely', confidence: 'assess' })
  addClaim(core.database, article, { quote: 'There is evidence of it', confidence: 'evidence' })
  const { exportId, fileName } = core.exports.start({ format: 'csv', selection: { query: {} } })
  return { dir, core, exportId, fileName }
}

describe('saving an export on the desktop', () => {
  it('offers the suggested name, writes the chosen file and reports progress', async () => {
    const { dir, core, exportId, fileName } = setup()
    const offered: string[] = []
    const progress: [number, number][] = []
    let finished = 0
    const handler = createSaveExportHandler(core.exports, trusted, {
      chooseFile: async (name) => {
        offered.push(name)
        return join(dir, 'chosen.csv')
      },
      onProgress: (written, total) => progress.push([written, total]),
      onFinished: () => finished++
    })
    expect(await handler(fromApp, exportId)).toEqual({ ok: true, value: { saved: true, path: join(dir, 'chosen.csv'), rows: 2 } })
    expect(offered).toEqual([fileName])
    expect(progress.at(-1)).toEqual([2, 2])
    expect(finished).toBe(1)
    expect(readFileSync(join(dir, 'chosen.csv'), 'utf8')).toContain('We assess it is likely')
    expect(core.exports.status(exportId).state).toBe('done')
    await core.close()
  })

  it('drops the prepared export when the analyst closes the dialog', async () => {
    const { dir, core, exportId } = setup()
    const handler = createSaveExportHandler(core.exports, trusted, { chooseFile: async () => undefined })
    expect(await handler(fromApp, exportId)).toEqual({ ok: true, value: { saved: false } })
    expect(core.exports.status(exportId).state).toBe('cancelled')
    expect(existsSync(join(dir, 'chosen.csv'))).toBe(false)
    await core.close()
  })

  it('refuses untrusted pages and bad ids without showing a dialog', async () => {
    const { core, exportId } = setup()
    let asked = 0
    const handler = createSaveExportHandler(core.exports, trusted, {
      chooseFile: async () => {
        asked++
        return undefined
      }
    })
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, exportId)).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(await handler(fromApp, '../../etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await handler(fromApp, 'abcdefghijklmnopqrstuvwx')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(asked).toBe(0)
    expect(core.exports.status(exportId).state).toBe('ready')
    await core.close()
  })
})
