import { join } from 'node:path'
import { test, expect } from './support/fixtures.ts'

test('a new user sees the sample articles and can read one', async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await expect(library).toBeVisible()
  // the seven sample reports, seeded on first run
  await expect(library.getByRole('row')).toHaveCount(1 + 7)
  await expect(library.getByRole('row', { name: /Pentagon chief confirms North Korean soldiers are in Russia/ })).toBeVisible()
  // the token left the address bar
  expect(page.url()).not.toContain('token=')

  await library.getByRole('row', { name: /Pentagon chief confirms/ }).click()
  const reader = page.getByRole('region', { name: 'Source text' })
  await expect(reader.getByRole('heading', { name: 'Pentagon chief confirms North Korean soldiers are in Russia' })).toBeVisible()
  await expect(reader).toContainText('"There is evidence that there are DPRK troops in Russia," Austin told reporters')
  await expect(reader).toContainText('We assess that between early- to mid-October')
  await page.screenshot({ path: 'test-results/screenshots/library-reader-light.png' })

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screenshots/library-reader-dark.png' })
})

test('arrow keys move through the library and open each article', async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await library.getByRole('row').nth(1).click()
  const firstTitle = await page.getByRole('region', { name: 'Source text' }).getByRole('heading').textContent()
  await library.press('ArrowDown')
  await expect(page.getByRole('region', { name: 'Source text' }).getByRole('heading')).not.toHaveText(firstTitle!)
  await expect(library.getByRole('row', { selected: true })).toHaveCount(1)
})

test('the API refuses calls without the token', async ({ request, server }) => {
  const res = await request.post(`${server.origin}/api/articles.list`, { data: {}, headers: { 'Content-Type': 'application/json' } })
  expect(res.status()).toBe(401)
  expect((await res.json()).error.code).toBe('unauthorized')
})

test('the newest import comes first, each row showing its source and date', async ({ page, server }) => {
  test.setTimeout(60_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await expect(library.getByRole('row')).toHaveCount(1 + 7)
  await expect(library.getByRole('row').nth(1)).toContainText('Sample Wire · 20')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([join(import.meta.dirname, '..', 'fixtures', 'import', 'report.txt')])
  await expect(library.getByRole('row')).toHaveCount(1 + 8, { timeout: 30_000 })
  const first = library.getByRole('row').nth(1)
  await expect(first).toContainText('Harbour pilots strike for a second day')
  await expect(first).toContainText(`imported ${new Date().toISOString().slice(0, 10)}`)
  await page.screenshot({ path: 'test-results/screenshots/library-newest-first-1366.png' })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: 'test-results/screenshots/library-newest-first-1024.png' })
})
