import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { test, expect } from '@playwright/test'
import { startServer } from './support/server.ts'

test('a 10,000-article library renders only the rows in view, scrolls to its end, and searches', async ({ page }) => {
  test.setTimeout(90_000)
  const dir = mkdtempSync(join(tmpdir(), 'workbench-large-'))
  const dbPath = join(dir, 'workbench.sqlite')
  // create the schema through the app, then fill it directly
  const first = await startServer({ dbPath, extraArgs: ['--no-samples'] })
  await first.stop()
  const db = new Sqlite(dbPath)
  const insert = db.prepare("INSERT INTO articles (title, body, content_hash, format, source, published) VALUES (?, ?, ?, 'txt', ?, ?)")
  db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const n = String(i).padStart(5, '0')
      insert.run(
        `Report ${n}`,
        `Body of report ${n}. The convoy${i === 7777 ? ' zebracrossing' : ''} moved north.`,
        `hash-${n}`,
        i % 2 ? 'Wire' : 'Paper',
        `2024-01-${String((i % 28) + 1).padStart(2, '0')}`
      )
    }
  })()
  db.close()
  const server = await startServer({ dbPath })
  try {
    await page.goto(server.url)
    const library = page.getByRole('grid', { name: 'Library' })
    await expect(library).toHaveAttribute('aria-rowcount', '10001')
    const rendered = await library.getByRole('row').count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(100)

    await library.getByRole('row').nth(1).click()
    await library.press('End')
    await expect(library.getByRole('row', { selected: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Source text' }).getByRole('heading')).toHaveText(/^Report \d{5}$/)

    await page.getByRole('searchbox', { name: 'Search library' }).fill('zebracrossing')
    await expect(library.getByRole('row')).toHaveCount(2)
    await expect(library.getByRole('row', { name: /Report 07777/ }).locator('mark')).toHaveText('zebracrossing')
    await page.screenshot({ path: 'test-results/screenshots/library-10k-search.png' })

    // every report matches: the hits are read a window at a time, each with its snippet when scrolled into view
    await page.getByRole('searchbox', { name: 'Search library' }).fill('convoy')
    await expect(library).toHaveAttribute('aria-rowcount', '10001')
    await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText('10,000 matches')
    await expect(library.getByRole('row').nth(1).locator('mark')).toHaveText(['convoy'])
    await library.getByRole('row').nth(1).click()
    await library.press('End')
    const lastHit = library.getByRole('row', { selected: true })
    await expect(lastHit.locator('.hit-snippet mark')).toHaveText('convoy')
    await expect(lastHit.locator('.hit-snippet')).toContainText('The convoy moved north.')
    await page.screenshot({ path: 'test-results/screenshots/library-10k-search-scrolled.png' })
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
