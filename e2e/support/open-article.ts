import { expect, type Page } from '@playwright/test'

/** Opens the app with suggestions off (the setting is remembered) and the Pentagon article in the reader; returns the reader. */
export async function openPentagon(page: Page, url: string) {
  await page.goto(url)
  const toggle = page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: /^Suggestions/ })
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  const reader = page.getByRole('region', { name: 'Source text' })
  await expect(reader.getByRole('heading', { name: /Pentagon chief confirms/ })).toBeVisible()
  return reader
}
