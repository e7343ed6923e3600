import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { HostPorts } from '../context.ts'
import { startCore } from '../core.ts'
import { addArticle, addClaim } from '../testing/claim-fixtures.ts'
import { dbIn, useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()

async function setup(host?: HostPorts) {
  const dir = tempDir()
  const core = await startCore(dbIn(dir), { transport: 'ipc', seed: false, checkOutput: true, host })
  const article = addArticle(core.database, { title: 'Report', body: 'We assess it is likely. There is evidence of it.' })
  addClaim(core.database, article, { quote: 'We assess it is likely', confidence: 'assess' })
  addClaim(core.database, article, { quote: 'There is evidence of it', confidence: 'evidence' })
  const { exportId, fileName } = await core.exports.start({ format: 'csv', selection: { query: {} } })
  return { dir, core, exportId, fileName }
}

describe('saving an export on the desktop', () => {
  it('offers the suggested name, writes the chosen file and reports progress', async () => {
    const offered: string[] = []
    const progress: [number, number][] = []
    let finished = 0
    let chosen = ''
    const { dir, core, exportId, fileName } = await setup({
      chooseSaveFile: async (name) => {
        offered.push(name)
        return chosen
      },
      onSaveProgress: (written, total) => progress.push([written, total]),
      onSaveFinished: () => finished++
    })
    chosen = join(dir, 'chosen.csv')
    expect(await core.dispatch('export.save', { exportId })).toEqual({
      ok: true,
      value: { saved: true, path: join(dir, 'chosen.csv'), rows: 2 }
    })
    expect(offered).toEqual([fileName])
    expect(progress.at(-1)).toEqual([2, 2])
    expect(finished).toBe(1)
    expect(readFileSync(join(dir, 'chosen.csv'), 'utf8')).toContain('We assess it is likely')
    expect(core.exports.status(exportId).state).toBe('done')
    await core.close()
  })

  it('drops the prepared export when the analyst closes the dialog', async () => {
    const { dir, core, exportId } = await setup({ chooseSaveFile: async () => undefined })
    expect(await core.dispatch('export.save', { exportId })).toEqual({ ok: true, value: { saved: false } })
    expect(core.exports.status(exportId).state).toBe('cancelled')
    expect(existsSync(join(dir, 'chosen.csv'))).toBe(false)
    await core.close()
  })

  it('refuses bad ids without showing a dialog, and refuses where there is no dialog', async () => {
    let asked = 0
    const { core, exportId } = await setup({
      chooseSaveFile: async () => {
        asked++
        return undefined
      }
    })
    expect(await core.dispatch('export.save', { exportId: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await core.dispatch('export.save', { exportId: 'abcdefghijklmnopqrstuvwx' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect(asked).toBe(0)
    const browserMode = await setup()
    expect(await browserMode.core.dispatch('export.save', { exportId: browserMode.exportId })).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: expect.stringContaining('download') }
    })
    await browserMode.core.close()
    expect(core.exports.status(exportId).state).toBe('ready')
    await core.close()
  })
})
