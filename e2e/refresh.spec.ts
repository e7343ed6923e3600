import type { Page, Route } from '@playwright/test'
import { test, expect } from './support/fixtures.ts'
import { openPentagon } from './support/open-article.ts'
import { selectText } from './support/select-text.ts'
import { expectShown } from './support/claim-cell.ts'

const KIRBY = 'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia'

/** Holds the answers of one API call until released (to see what the screen shows meanwhile). */
async function hold(page: Page, call: string) {
  const held: Route[] = []
  let on = true
  await page.route(`**/api/${call}`, (route) => (on ? held.push(route) : route.continue()))
  return {
    count: () => held.length,
    release: async () => {
      on = false
      for (const r of held.splice(0)) await r.continue()
    }
  }
}

test('a retag is one call: the library row is patched, history and undo come with the answer to the save', async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), KIRBY)
  await page.keyboard.press('2')
  const row = claims.getByRole('row').filter({ hasText: KIRBY })
  await expectShown(row, 'confidence', 'assess')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()

  const calls: string[] = []
  page.on('request', (r) => {
    const m = /\/api\/([^?]+)/.exec(r.url())
    if (m) calls.push(m[1]!)
  })
  await page.keyboard.press('3')
  await expectShown(row, 'confidence', 'do not yet know')
  const pentagon = page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: /Pentagon chief/ })
  await expect(pentagon.getByRole('img', { name: '1 do not yet know' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Undo .*(tag|confidence)/i)
  expect(calls).toContain('claims.update')
  // the save's answer carries the claim's history and the undo state: one call, no reads after it
  await expect(page.getByRole('region', { name: 'Claim history' })).toContainText('do not yet know')
  expect(calls.filter((c) => c === 'claims.update')).toHaveLength(1)
  expect(calls).not.toContain('claims.history')
  expect(calls).not.toContain('history.state')
  expect(calls).not.toContain('articles.list')
  expect(calls).not.toContain('claims.speakers')
  expect(calls).not.toContain('claims.list')
})

test('"Undone" shows once the change is on screen, not before', async ({ page, server }) => {
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), KIRBY)
  await page.keyboard.press('2')
  await expect(claims.locator('[role=row][data-claim-id]:not(.pending)')).toHaveCount(1)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()

  const list = await hold(page, 'claims.list')
  const undone = page.waitForResponse('**/api/history.undo')
  await page.keyboard.press('Control+z')
  await undone
  await expect.poll(list.count).toBeGreaterThan(0) // the view is reading the claims again
  await expect(page.locator('.toast').filter({ hasText: 'Undone' })).toHaveCount(0)
  await list.release()
  await expect(page.locator('.toast').filter({ hasText: 'Undone' })).toBeVisible()
  await expect(claims.locator('[role=row][data-claim-id]')).toHaveCount(0)
  await expect(reader.locator('mark.claim')).toHaveCount(0)
})

test("opening another article never draws the previous one's highlights on it", async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  const reader = page.getByRole('region', { name: 'Source text' })
  await library.getByRole('row', { name: /Pentagon chief confirms/ }).click()
  await expect(reader.locator('mark.claim.suggested').first()).toBeVisible()

  const suggestions = await hold(page, 'suggest.article')
  await library.getByRole('row', { name: /Port strike enters second week/ }).click()
  await expect(reader.getByRole('heading', { name: /Port strike/ })).toBeVisible()
  await expect.poll(suggestions.count).toBeGreaterThan(0)
  await expect(reader.locator('mark.claim')).toHaveCount(0) // its own suggestions are still on their way
  await expect(page.getByRole('grid', { name: 'Claims' }).locator('[role=row][data-claim-id]')).toHaveCount(0)
  await suggestions.release()
  await expect(reader.locator('mark.claim.suggested').first()).toBeVisible()
})
