import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { startServer, type RunningServer } from './support/server.ts'
import { callApi } from './support/api.ts'

test('a reload and a restart come back to the open article, the view, the filters and the Compare pair', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-place-'))
  const server = await startServer({ dbPath: join(dir, 'workbench.sqlite') })
  try {
    await journey(page, server)
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})

async function journey(page: Page, server: RunningServer) {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  const reader = page.getByRole('region', { name: 'Source text' })
  await library.getByRole('row', { name: /Kyiv says North Korean units/ }).click()
  await expect(reader.getByRole('heading', { name: /Kyiv says/ })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Filter claims' }).fill('soldiers')
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('confidence')
  await page.getByRole('group', { name: 'Show tags' }).getByRole('button', { name: 'Assess' }).click()
  type Saved = { view?: string; filters?: { read?: { confidence: string[] } } } | null
  const saved = () => callApi<Saved>(page, 'place.get', {})
  await expect.poll(() => saved().then((p) => p?.filters?.read?.confidence)).toEqual(['assess'])

  await page.reload()
  await expect(reader.getByRole('heading', { name: /Kyiv says/ })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Filter claims' })).toHaveValue('soldiers')
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('confidence')
  const assess = page.getByRole('group', { name: 'Show tags' }).getByRole('button', { name: 'Assess' })
  await expect(assess).toHaveAttribute('aria-pressed', 'true')

  // Compare: pick a pair, then restart the server on the same database (a new port: a new origin for the page)
  await page.getByRole('button', { name: 'Compare' }).first().click()
  const right = page
    .getByRole('combobox')
    .filter({ has: page.getByRole('option', { name: /Customs officers seize/ }) })
    .nth(1)
  await right.selectOption({ label: 'Customs officers seize record haul of counterfeit medicine' })
  await expect.poll(() => saved().then((p) => p?.view)).toBe('compare')
  const before = await callApi<{ compare: { left: number; right: number } }>(page, 'place.get', {})
  await server.stop()
  const again = await startServer({ dbPath: server.dbPath })
  try {
    await page.goto(again.url)
    await expect(page.getByRole('button', { name: 'Compare', pressed: true })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Left article' })).toHaveValue(String(before.compare.left))
    await expect(page.getByRole('combobox', { name: 'Right article' })).toHaveValue(String(before.compare.right))
    await page.screenshot({ path: 'test-results/screenshots/place-compare-after-restart.png' })
    await page.getByRole('button', { name: 'Read & annotate' }).click()
    await expect(reader.getByRole('heading', { name: /Kyiv says/ })).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'Filter claims' })).toHaveValue('soldiers')
  } finally {
    await again.stop()
  }
}
