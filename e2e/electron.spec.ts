import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
// @ts-expect-error plain JS helper shared with npm start
import { findElectron } from '../scripts/electron-binary.js'

const found = findElectron() as { path?: string; reason?: string }

test.describe('desktop app (Electron)', () => {
  test.skip(!found.path, `SKIPPED LOUDLY: Electron cannot run here because ${found.reason}. These specs run where its binary exists.`)
  if (!found.path) console.warn(`\n[e2e] Electron specs skipped: ${found.reason}\n`)

  test('opens the library with the sample articles in a sandboxed window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-electron-'))
    const app = await electron.launch({
      executablePath: found.path,
      args: ['.'],
      env: { ...process.env, WORKBENCH_DB: join(dir, 'w.sqlite') }
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).toHaveCount(1 + 7)
      // the page sees the one bridge function and nothing of Node
      expect(
        await page.evaluate(() => [
          typeof (window as { workbench?: { invoke?: unknown } }).workbench?.invoke,
          typeof (globalThis as { require?: unknown }).require
        ])
      ).toEqual(['function', 'undefined'])
      await page.screenshot({ path: 'test-results/screenshots/electron-library.png' })
    } finally {
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
