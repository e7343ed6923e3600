import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'

const PENTAGON = 'Pentagon chief confirms North Korean soldiers are in Russia'
const KYIV = 'Kyiv says North Korean units have reached the Kursk front'

async function compareDprk(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
  await page.getByLabel('Left article').selectOption({ label: PENTAGON })
  await page.getByLabel('Right article').selectOption({ label: KYIV })
  const left = page.getByRole('region', { name: 'Left report' })
  const right = page.getByRole('region', { name: 'Right report' })
  await expect(left.getByRole('heading', { name: PENTAGON })).toBeVisible()
  await expect(right.getByRole('heading', { name: KYIV })).toBeVisible()
  const table = page.getByRole('grid', { name: 'Comparison' })
  // the first comparison loads the language tools: on a busy two-core machine that takes seconds
  await expect(table.locator('tbody .relation').first()).toBeVisible({ timeout: 20_000 })
  return { left, right, table }
}

test('compare the two DPRK reports: click a conflict and both highlights come into view', async ({ page, server }) => {
  await page.setViewportSize({ width: 1400, height: 760 })
  const { left, right, table } = await compareDprk(page, server.url)
  const conflict = table
    .getByRole('row')
    .filter({ hasText: 'at least 3,000 soldiers' })
    .filter({ hasText: 'about 11,000 North Korean soldiers' })
    .first()
  await expect(conflict.locator('.relation')).toHaveText('conflicts')
  await expect(conflict.locator('.conflict-badge')).toHaveText(['number'])
  await expect(page.getByLabel('Shared names')).toContainText('Volodymyr Zelensky')

  // the Kirby sentence sits low in the left text and the 11,000 one high in the right: scroll both away first
  await left.evaluate((el) => el.scrollTo(0, 0))
  await right.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  const leftMark = left.locator('mark', { hasText: 'at least 3,000 soldiers' })
  const rightMark = right.locator('mark', { hasText: 'about 11,000 North Korean soldiers' })
  await expect(leftMark).not.toBeInViewport()
  await conflict.click()
  await expect(conflict).toHaveAttribute('aria-selected', 'true')
  await expect(leftMark).toBeInViewport()
  await expect(rightMark).toBeInViewport()
  await expect(leftMark).toHaveClass(/selected/)
  await expect(rightMark).toHaveClass(/selected/)
  await page.screenshot({ path: 'test-results/screenshots/compare-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screenshots/compare-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  // a click on a highlight selects its pair in the table
  const zelensky = left.locator('mark', { hasText: '10,000 North Korean soldiers were being readied' })
  await zelensky.click()
  await expect(table.getByRole('row', { selected: true }).first()).toContainText('10,000 North Korean soldiers were being readied')
})

test('filter to conflicts only and export them as CSV', async ({ page, server }) => {
  const { table } = await compareDprk(page, server.url)
  await expect(table.getByRole('row').filter({ hasText: 'only left' }).first()).toBeVisible()
  await page.getByLabel('Conflicts only').check()
  const rows = table.locator('tbody tr')
  await expect(rows.first()).toContainText('conflicts')
  const relations = await table.locator('tbody .relation').allTextContents()
  expect(relations.length).toBeGreaterThanOrEqual(2)
  expect(new Set(relations)).toEqual(new Set(['conflicts']))

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^compare-pentagon-chief.*\.csv$/)
  const csv = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '')
  const lines = csv.trim().split('\r\n')
  expect(lines[0]).toMatch(/^relation,conflicts,left quote,/)
  expect(lines).toHaveLength(relations.length + 1)
  expect(lines.slice(1).every((l) => l.startsWith('conflicts,'))).toBe(true)
})

test('select two articles in the library and press Compare', async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await library.getByRole('row', { name: /Satellite images show new fighter jets/ }).click()
  await library.getByRole('row', { name: /Calder says Belmora jets/ }).click({ modifiers: ['Control'] })
  await page.getByRole('group', { name: 'Selected articles' }).getByRole('button', { name: 'Compare' }).click()
  // in library order (newest first): the ministry's statement left, the imagery right
  await expect(page.getByRole('region', { name: 'Left report' }).getByRole('heading', { name: /Calder says Belmora jets/ })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Right report' }).getByRole('heading', { name: /Satellite images show new fighter jets/ })
  ).toBeVisible()
  const table = page.getByRole('grid', { name: 'Comparison' })
  const jets = table.getByRole('row').filter({ hasText: 'eight aircraft' }).filter({ hasText: 'at least 12 fighter aircraft' }).first()
  await expect(jets.locator('.relation')).toHaveText('conflicts', { timeout: 20_000 })
})

test("each side's find box narrows its report list to the library's matches, keeping the report shown", async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
  const left = page.getByLabel('Left article')
  await left.selectOption({ label: PENTAGON })
  await expect(left.locator('option')).toHaveCount(7) // the seven sample reports
  await page.getByRole('searchbox', { name: 'Find the right side’s report' }).fill('Kursk')
  await page.getByRole('searchbox', { name: 'Find the left side’s report' }).fill('Kursk')
  // the matches, and the report on the left kept at the top though it does not match
  await expect(left.locator('option')).toHaveText([PENTAGON, KYIV])
  await left.selectOption({ label: KYIV })
  await expect(page.getByRole('region', { name: 'Left report' }).getByRole('heading', { name: KYIV })).toBeVisible()
})
