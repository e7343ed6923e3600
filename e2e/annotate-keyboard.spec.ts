import { test, expect } from './support/fixtures.ts'
import { openPentagon } from './support/open-article.ts'

const KIRBY = 'We assess that between early- to mid-October'

test('accept a suggestion with 2, press a and type a name: the name goes to that claim and no shortcut fires', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  await page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: /Pentagon chief confirms/ }).click()
  const claims = page.getByRole('grid', { name: 'Claims' })
  const suggested = claims.locator('[role=row].suggested')
  const saved = claims.locator('[role=row][data-claim-id]:not(.suggested)')
  await suggested.filter({ hasText: KIRBY }).getByRole('gridcell').first().click()
  const before = await suggested.count()

  await page.keyboard.press('2')
  // the accepted claim is the selected one at once: a acts on it
  await expect(claims.getByRole('row', { selected: true })).toContainText(KIRBY)
  await page.keyboard.press('a')
  await page.keyboard.type('Western officials; x1n2 third-only note')
  await page.keyboard.press('Enter')

  const kirby = saved.filter({ hasText: KIRBY })
  await expect(kirby.getByRole('combobox', { name: 'Attributed to' })).toHaveValue('Western officials; x1n2 third-only note')
  await expect(kirby.getByRole('combobox', { name: 'Confidence' })).toHaveValue('assess')
  await expect(saved).toHaveCount(1) // no other suggestion was accepted by the typed letters
  await expect(suggested).toHaveCount(before - 1) // and none was rejected by the x
  await expect(claims.getByRole('row', { selected: true })).toContainText(KIRBY)
})

test('keys typed in the filter box, a select or the speaker field never tag, accept or reject', async ({ page, server }) => {
  await page.goto(server.url)
  await page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: /Pentagon chief confirms/ }).click()
  const claims = page.getByRole('grid', { name: 'Claims' })
  const suggested = claims.locator('[role=row].suggested')
  await suggested.filter({ hasText: KIRBY }).getByRole('gridcell').first().click()
  const before = await suggested.count()
  const filter = page.getByRole('searchbox', { name: 'Filter claims' })
  await filter.focus()
  await page.keyboard.type('x1')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expect(filter).toHaveValue('')
  await page.getByRole('combobox', { name: 'Group by' }).focus()
  await page.keyboard.press('2')
  await page.keyboard.press('x')
  await expect(suggested).toHaveCount(before)
  await expect(claims.locator('[role=row][data-claim-id]:not(.suggested)')).toHaveCount(0)
})

test('a claim made from selected text is the selected one', async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await reader.locator('.reader-body').evaluate((root) => {
    const range = document.createRange()
    range.selectNodeContents(root.querySelector('p')!)
    getSelection()!.removeAllRanges()
    getSelection()!.addRange(range)
  })
  await page.keyboard.press('1')
  await expect(claims.getByRole('row', { selected: true })).toHaveCount(1)
  await page.keyboard.press('a')
  await expect(claims.getByRole('row', { selected: true }).getByRole('combobox', { name: 'Attributed to' })).toBeFocused()
})
