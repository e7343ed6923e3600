import type { Locator, Page } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 }
]

async function openWithSuggestions(page: Page, url: string, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await page.goto(url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  const claims = page.getByRole('grid', { name: 'Claims' })
  await expect(claims.locator('[role=row].suggested').first()).toBeVisible()
  return claims
}

const box = async (l: Locator) => {
  const b = (await l.boundingBox())!
  return { x: Math.round(b.x), y: Math.round(b.y) }
}

for (const size of SIZES) {
  test(`toolbar controls keep their places at ${size.width}×${size.height}`, async ({ page, server }) => {
    await openWithSuggestions(page, server.url, size)
    const exportCsv = page.getByRole('button', { name: 'Export CSV' })
    const toggle = page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: /^Suggestions/ })
    const at = await box(exportCsv)
    const toggleAt = await box(toggle)
    await page.screenshot({ path: `test-results/screenshots/toolbar-suggestions-on-${size.width}.png` })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(await box(exportCsv)).toEqual(at)
    await page.screenshot({ path: `test-results/screenshots/toolbar-suggestions-off-${size.width}.png` })
    await toggle.click()
    await page.getByRole('searchbox', { name: 'Filter claims' }).fill('troops')
    await expect(page.locator('.filter-count')).toContainText(' of ')
    expect(await box(exportCsv)).toEqual(at)
    expect(await box(toggle)).toEqual(toggleAt)
  })
}

for (const size of SIZES) {
  test(`the claims table fits its pane at ${size.width}×${size.height}; collapsed fields are edited in the details`, async ({
    page,
    server
  }) => {
    const claims = await openWithSuggestions(page, server.url, size)
    const pane = page.getByRole('region', { name: 'Claims pane' })
    const paneBox = (await pane.boundingBox())!
    expect(paneBox.x + paneBox.width).toBeLessThanOrEqual(size.width)
    // no column runs past the pane: nothing to scroll sideways to
    const scroller = claims.locator('.grid-scroll')
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    for (const header of await claims.getByRole('columnheader').all()) {
      const b = (await header.boundingBox())!
      expect(b.x + b.width).toBeLessThanOrEqual(paneBox.x + paneBox.width + 1)
    }
    await expect(claims.getByRole('columnheader', { name: 'Quote' })).toBeVisible()
    await expect(claims.getByRole('columnheader', { name: 'Confidence' })).toBeVisible()
    // Accept / Reject stay beside the quote, in view
    const first = claims.locator('[role=row].suggested').first()
    await expect(first.getByRole('button', { name: 'Accept' })).toBeInViewport()
    await expect(first.getByRole('button', { name: 'Reject' })).toBeInViewport()
    // a cut quote ends in an ellipsis and shows in full on hover
    const quote = first.locator('.col-quote .cell-text')
    expect(await quote.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('2')
    expect((await quote.getAttribute('title'))!.length).toBeGreaterThan(20)
    await page.screenshot({ path: `test-results/screenshots/claims-fit-${size.width}.png` })

    // what has no column is in the details pane: accept a suggestion, then give it a note
    await first.getByRole('button', { name: 'Accept' }).click()
    const selected = claims.getByRole('row', { selected: true })
    await expect(selected).not.toHaveClass(/suggested/)
    const noteColumn = await claims.getByRole('columnheader', { name: 'Note' }).count()
    if (!noteColumn) {
      const details = page.getByRole('region', { name: 'Selected claim' })
      await details.getByRole('textbox', { name: 'Note' }).fill('checked with a second source')
      await details.getByRole('textbox', { name: 'Note' }).press('Enter')
      await expect(page.getByRole('region', { name: 'Claim history' })).toContainText('note')
    }
    await page.screenshot({ path: `test-results/screenshots/claims-details-${size.width}.png` })
  })
}

for (const size of [SIZES[0]!, { width: 1920, height: 1080 }]) {
  test(`the article's claims table draws light rows at ${size.width}×${size.height}; "do not yet know" shows in full`, async ({
    page,
    server
  }) => {
    const claims = await openWithSuggestions(page, server.url, size)
    // plain text in every row: no select or text field until a cell is edited
    await expect(claims.locator('select, input')).toHaveCount(0)
    const row = claims.locator('[role=row].suggested').filter({ hasText: 'We do not yet know' })
    const tag = row.locator('.col-confidence .cell-plain')
    await expect(tag).toHaveText('do not yet know')
    expect(await tag.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `test-results/screenshots/claims-light-${size.width}.png` })

    // a click on the tag brings its select there, and only there; its value fits inside it, beside the arrow
    await row.locator('.col-confidence').click()
    const select = row.getByRole('combobox', { name: 'Confidence' })
    await expect(select).toBeFocused()
    await expect(claims.locator('select, input')).toHaveCount(1)
    const room = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el)
      const context = document.createElement('canvas').getContext('2d')!
      context.font = style.font
      const text = context.measureText(el.selectedOptions[0]!.textContent!).width
      return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - text
    })
    expect(room).toBeGreaterThanOrEqual(0)
    await page.screenshot({ path: `test-results/screenshots/claims-editing-${size.width}.png` })
  })
}

for (const size of SIZES) {
  test(`All claims fits its pane at ${size.width}×${size.height}`, async ({ page, server }) => {
    const claims = await openWithSuggestions(page, server.url, size)
    await claims.locator('[role=row].suggested').first().getByRole('button', { name: 'Accept' }).click()
    await expect(claims.locator('[role=row][data-claim-id]:not(.suggested):not(.pending)')).toHaveCount(1)
    await page.getByRole('button', { name: 'All claims' }).click()
    const all = page.getByRole('grid', { name: 'Claims' })
    await expect(all.locator('[role=row][data-claim-id]')).toHaveCount(1)
    expect(await all.locator('.grid-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await expect(all.getByRole('columnheader', { name: 'Article' })).toBeVisible()
    await all.locator('[role=row][data-claim-id]').first().getByRole('gridcell').first().click()
    await page.screenshot({ path: `test-results/screenshots/all-claims-fit-${size.width}.png` })
  })
}
