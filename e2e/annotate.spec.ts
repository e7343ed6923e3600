import { test, expect } from './support/fixtures.ts'
import { openPentagon } from './support/open-article.ts'
import { selectText } from './support/select-text.ts'
import { expectShown } from './support/claim-cell.ts'

const KIRBY = 'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia'

// These specs are about the analyst's own claims: suggestions off (support/open-article.ts).

test('select a sentence, press 2: an assess claim is saved, survives reload, undo and redo', async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), KIRBY)
  await page.keyboard.press('2')

  const row = claims.getByRole('row').filter({ hasText: KIRBY })
  await expect(row).toHaveCount(1)
  await expectShown(row, 'confidence', 'assess')
  const mark = reader.locator('mark.claim.tag-assess')
  await expect(mark).toHaveText(KIRBY)
  await expect(mark).toHaveAttribute('data-label', 'A')
  await row.getByRole('gridcell').first().click()
  await expect(mark).toBeInViewport()
  await page.screenshot({ path: 'test-results/screenshots/annotate-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screenshots/annotate-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  // saved at once: a reload (new page, same database) still shows it
  const reloaded = await openPentagon(page, server.url)
  await expect(claims.getByRole('row').filter({ hasText: KIRBY })).toHaveCount(1)
  await expect(reloaded.locator('mark.claim.tag-assess')).toHaveText(KIRBY)

  await page.keyboard.press('Control+z')
  await expect(claims.getByRole('row').filter({ hasText: KIRBY })).toHaveCount(0)
  await expect(reloaded.locator('mark.claim')).toHaveCount(0)

  await page.keyboard.press('Control+Shift+z')
  await expect(claims.getByRole('row').filter({ hasText: KIRBY })).toHaveCount(1)
  await expect(reloaded.locator('mark.claim.tag-assess')).toHaveText(KIRBY)
})

test('rows and highlights are linked both ways, and 1/3/0 retag the selected claim', async ({ page, server }) => {
  await page.setViewportSize({ width: 1400, height: 520 }) // short window: the claim starts off-screen
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  const late = 'The two countries signed a mutual defense pact in June.'
  await selectText(reader.locator('.reader-body'), late)
  await page.keyboard.press('c') // untagged claim
  await selectText(reader.locator('.reader-body'), 'Lloyd Austin')
  await page.keyboard.press('1')
  await expect(claims.getByRole('row')).toHaveCount(3)

  const lateMark = reader.locator('mark.claim', { hasText: 'mutual defense pact' })
  await reader.evaluate((el) => el.scrollTo(0, 0))
  await expect(lateMark).not.toBeInViewport()
  await claims.getByRole('row').filter({ hasText: late }).getByRole('gridcell').first().click()
  await expect(lateMark).toBeInViewport()
  await expect(lateMark).toHaveClass(/selected/)

  await page.keyboard.press('3')
  await expectShown(claims.getByRole('row').filter({ hasText: late }), 'confidence', 'do not yet know')
  await expect(lateMark).toHaveClass(/tag-unknown/)
  await page.keyboard.press('0')
  await expect(lateMark).toHaveClass(/tag-untagged/)

  await page.screenshot({ path: 'test-results/screenshots/annotate-tags.png' })
  // clicking a highlight selects its row
  await reader.locator('mark.claim', { hasText: 'Lloyd Austin' }).click()
  await expect(claims.getByRole('row', { selected: true })).toContainText('Lloyd Austin')
  // the selected claim's history lists its changes
  await expect(page.getByRole('region', { name: 'Claim history' })).toContainText('created')
})

test('speaker and note are edited inline, suggested from the corpus, and kept', async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), 'There is evidence that there are DPRK troops in Russia')
  await page.keyboard.press('1')
  await page.keyboard.press('a') // edit who said it
  const speaker = claims.getByRole('combobox', { name: 'Attributed to' })
  await expect(speaker).toBeFocused()
  await speaker.fill('Lloyd Austin')
  await speaker.press('Enter')
  await page.keyboard.press('n')
  // the note: a column of the table when the pane is wide enough, else a field of the details pane
  const note = page.getByRole('textbox', { name: 'Note' })
  await expect(note).toBeFocused()
  await note.fill('At a news conference')
  await note.press('Enter')
  await expect(page.getByRole('region', { name: 'Claim history' })).toContainText('note')

  await page.reload()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  const row = claims.getByRole('row').filter({ hasText: 'There is evidence' })
  await expectShown(row, 'attributedTo', 'Lloyd Austin')
  await row.getByRole('gridcell').first().click()
  await page.keyboard.press('n') // the note's editor, in its row or in the details pane
  await expect(note).toBeFocused()
  await expect(note).toHaveValue('At a news conference')
  await expect(page.locator('#speaker-suggestions option[value="Lloyd Austin"]')).toHaveCount(1)
})

test("filters and grouping narrow the table; the corpus view lists every article's claims", async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), KIRBY)
  await page.keyboard.press('2')
  await selectText(reader.locator('.reader-body'), 'There is evidence that there are DPRK troops in Russia')
  await page.keyboard.press('1')
  await expect(claims.getByRole('row')).toHaveCount(3)
  await page.getByRole('group', { name: 'Show tags' }).getByRole('button', { name: 'Evidence' }).click()
  await expect(claims.getByRole('row')).toHaveCount(2)
  await page.getByRole('group', { name: 'Show tags' }).getByRole('button', { name: 'Evidence' }).click()
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('confidence')
  await expect(claims.getByRole('row')).toHaveCount(1 + 2 + 2)

  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Kyiv says/ })
    .click()
  await selectText(reader.locator('.reader-body'), 'We do not yet know how well these soldiers will perform in combat')
  await page.keyboard.press('3')
  await page.getByRole('button', { name: 'All claims' }).click()
  const all = page.getByRole('grid', { name: 'Claims' })
  await expect(all.getByRole('row')).toHaveCount(1 + 3)
  await page.getByRole('searchbox', { name: 'Filter claims' }).fill('3,000')
  await expect(all.getByRole('row')).toHaveCount(2)
  await page.screenshot({ path: 'test-results/screenshots/all-claims.png' })
  await all.getByRole('row').nth(1).getByRole('gridcell').first().dblclick()
  await expect(page.getByRole('region', { name: 'Source text' }).getByRole('heading', { name: /Pentagon chief/ })).toBeVisible()
})

test('the ? key lists the shortcuts', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible() // the app has drawn its first screen
  await page.keyboard.press('Shift+?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Tag as assess')
  await page.screenshot({ path: 'test-results/screenshots/help.png' })
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
})
