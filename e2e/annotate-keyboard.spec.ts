import { test, expect } from './support/fixtures.ts'
import { openPentagon } from './support/open-article.ts'
import { expectShown } from './support/claim-cell.ts'

const KIRBY = 'We assess that between early- to mid-October'

test('accept a suggestion with 2, press a and type a name: the name goes to that claim and no shortcut fires', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
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
  await expectShown(kirby, 'attributedTo', 'Western officials; x1n2 third-only note')
  await expectShown(kirby, 'confidence', 'assess')
  await expect(saved).toHaveCount(1) // no other suggestion was accepted by the typed letters
  await expect(suggested).toHaveCount(before - 1) // and none was rejected by the x
  await expect(claims.getByRole('row', { selected: true })).toContainText(KIRBY)
})

test('keys typed in the filter box, a select or the speaker field never tag, accept or reject', async ({ page, server }) => {
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
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

test('keyboard only: caret in the text, Shift+arrows select words, 1 tags; the grid is one Tab stop with arrows inside', async ({
  page,
  server
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  const text = reader.getByRole('document', { name: /Article text/ })
  await text.focus()
  await expect(reader.locator('.reader-caret')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/reader-caret-1366.png' })
  // the caret starts at the first paragraph: "Defense Secretary Lloyd Austin on Wednesday…"
  for (let i = 0; i < 'Defense Secretary '.length; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('1')
  const row = claims.getByRole('row').filter({ hasText: 'Lloyd Austin' })
  await expect(row).toHaveCount(1)
  await expectShown(row, 'confidence', 'evidence')
  await expect(reader.locator('mark.claim.tag-evidence')).toHaveText('Lloyd Austin')

  // a sentence at a time
  await text.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('3')
  await expect(claims.locator('[role=row][data-claim-id]')).toHaveCount(2)

  // the grid: one Tab stop; arrows move; F2 edits the cell; Escape gives the keyboard back
  await claims.focus()
  await page.keyboard.press('ArrowUp')
  await expect(claims.getByRole('row', { selected: true })).toContainText('Lloyd Austin')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight') // Quote → Confidence → Codes → Attributed to
  await page.keyboard.press('F2')
  const speaker = claims.getByRole('row', { selected: true }).getByRole('combobox', { name: 'Attributed to' })
  await expect(speaker).toBeFocused()
  await page.keyboard.type('Pentagon')
  await page.keyboard.press('Enter')
  await expect(speaker).toHaveValue('Pentagon')
  await expect(claims).toBeFocused()
  await page.keyboard.press('Tab')
  const focusedInGridRow = await page.evaluate(() => !!document.activeElement?.closest('[role="grid"] [role="row"][data-claim-id]'))
  expect(focusedInGridRow).toBe(false)
})

test('/ and Ctrl+F focus the library search, Ctrl+O opens the file chooser', async ({ page, server }) => {
  await openPentagon(page, server.url)
  const search = page.getByRole('searchbox', { name: 'Search library' })
  await page.getByRole('region', { name: 'Source text' }).click()
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('')
  await page.getByRole('searchbox', { name: 'Filter claims' }).focus()
  await page.keyboard.press('Control+f')
  await expect(search).toBeFocused()
  await page.getByRole('region', { name: 'Source text' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Control+o')
  expect((await chooser).isMultiple()).toBe(true)
})
