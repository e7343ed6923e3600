import type { Locator } from '@playwright/test'
import { join } from 'node:path'
import { test, expect } from './support/fixtures.ts'

const overlap = async (a: Locator, b: Locator) => {
  const x = (await a.boundingBox())!
  const y = (await b.boundingBox())!
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height
}

test('toasts come one at a time, queued, and never cover the selected row', async ({ page, server }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  await page.getByRole('group', { name: 'Suggestions' }).getByRole('checkbox', { name: 'untagged too' }).check()
  const claims = page.getByRole('grid', { name: 'Claims' })
  const suggested = claims.locator('[role=row].suggested')
  await expect(suggested.nth(5)).toBeVisible()
  // the lowest row in view, so a toast at the bottom of the window would sit on it
  const rows = await suggested.all()
  let lowest = rows[0]!
  for (const r of rows) if ((await r.boundingBox()) && (await r.isVisible()) && (await r.boundingBox())!.y < 640) lowest = r
  await lowest.getByRole('gridcell').first().click()
  const before = await suggested.count()
  await page.keyboard.press('x')
  await page.keyboard.press('x')
  await page.keyboard.press('x')
  await expect(suggested).toHaveCount(before - 3)
  const toasts = page.locator('.toasts .toast')
  await expect(toasts).toHaveCount(1)
  await expect(toasts.first()).toContainText('Suggestion rejected.')
  const selected = claims.getByRole('row', { selected: true })
  expect(await overlap(toasts.first(), selected)).toBe(false)
  await page.screenshot({ path: 'test-results/screenshots/toast-queued-1024.png' })
  // dismissing shows the next one
  await toasts.first().getByRole('button', { name: 'Dismiss' }).click()
  await expect(toasts).toHaveCount(1)
  await expect(toasts.first()).toContainText('Suggestion rejected.')
})

test('the import summary sits in the library pane, not over the claims table', async ({ page, server }) => {
  test.setTimeout(60_000)
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([join(import.meta.dirname, '..', 'fixtures', 'import', 'report.txt')])
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 30_000 })
  expect(await overlap(summary, page.getByRole('region', { name: 'Claims pane' }))).toBe(false)
  expect(await overlap(summary, page.getByRole('region', { name: 'Source text' }))).toBe(false)
  await page.screenshot({ path: 'test-results/screenshots/import-summary-in-library-1024.png' })
})
