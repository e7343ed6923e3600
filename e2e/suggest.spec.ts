import { test, expect } from './support/fixtures.ts'
import { claimCell, expectShown } from './support/claim-cell.ts'

test('suggested claims show their cue; Enter accepts, 3 accepts retagged, x rejects, Accept all takes the rest in one undo', async ({
  page,
  server
}) => {
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  const reader = page.getByRole('region', { name: 'Source text' })
  const claims = page.getByRole('grid', { name: 'Claims' })
  const suggested = claims.locator('[role=row].suggested')
  // untagged candidates (a fact with a date, no cue) only when asked for
  const pact = suggested.filter({ hasText: 'The two countries signed a mutual defense pact in June.' })
  await expect(suggested.filter({ hasText: 'We assess that between' })).toHaveCount(1)
  await expect(pact).toHaveCount(0)
  await page.getByRole('group', { name: 'Suggestions' }).getByRole('checkbox', { name: 'untagged too' }).check()
  await expect(pact).toHaveCount(1)
  const saved = claims.locator('[role=row][data-claim-id]:not(.suggested)')

  // the evidence claim is proposed with its cue in bold, in the table and in the text
  const evidence = suggested.filter({ hasText: 'There is evidence that there are DPRK troops in Russia' })
  await expect(evidence).toHaveCount(1)
  await expect(evidence.locator('.cue-text')).toHaveText(/There is evidence/i)
  await expectShown(evidence, 'confidence', 'evidence')
  await expect(reader.locator('mark.claim.suggested.cue').first()).toBeVisible()
  const total = await suggested.count()
  expect(total).toBeGreaterThan(4)
  await page.screenshot({ path: 'test-results/screenshots/suggestions.png' })

  // Enter accepts the selected suggestion as proposed
  await evidence.getByRole('gridcell').first().click()
  await page.keyboard.press('Enter')
  await expect(saved.filter({ hasText: 'There is evidence that there are DPRK troops in Russia' })).toHaveCount(1)
  await expect(claimCell(saved.filter({ hasText: 'There is evidence that there are DPRK' }), 'attributedTo')).toBeVisible()

  // 3 accepts the selected suggestion with another tag
  const kirby = suggested.filter({ hasText: 'We assess that between early- to mid-October' })
  await kirby.getByRole('gridcell').first().click()
  await page.keyboard.press('3')
  const kirbySaved = saved.filter({ hasText: 'We assess that between early- to mid-October' })
  await expectShown(kirbySaved, 'confidence', 'do not yet know')
  await expectShown(kirbySaved, 'attributedTo', 'John Kirby')

  // x rejects, and a rejected suggestion does not come back after a reload
  const rejected = suggested.filter({ hasText: 'Russia and North Korea deny' })
  const hadRejectable = (await rejected.count()) > 0
  const target = hadRejectable ? rejected : suggested.first()
  const targetText = (await target.locator('.col-quote').textContent())!.replace('suggested', '').trim()
  await target.getByRole('gridcell').first().click()
  await page.keyboard.press('x')
  await expect(suggested.filter({ hasText: targetText })).toHaveCount(0)
  await page.reload()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  await expect(saved).toHaveCount(2)
  await expect(suggested.filter({ hasText: targetText })).toHaveCount(0)

  // Accept all: the rest become claims; one undo takes them all back
  const left = await suggested.count()
  await page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: 'Accept all' }).click()
  await expect(saved).toHaveCount(2 + left)
  await expect(suggested).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(saved).toHaveCount(2)
  await expect(suggested).toHaveCount(left)
})

test('a phrase added to the cue lexicon in the app tags the next suggestions', async ({ page, server }) => {
  await page.goto(server.url)
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  await page.getByRole('group', { name: 'Suggestions' }).getByRole('checkbox', { name: 'untagged too' }).check()
  const claims = page.getByRole('grid', { name: 'Claims' })
  const zelensky = claims.locator('[role=row].suggested').filter({ hasText: '10,000 North Korean soldiers were being readied' })
  await expectShown(zelensky, 'confidence', '— untagged')

  await page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: 'Cues…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cue lexicon' })
  await dialog.getByRole('textbox', { name: 'New evidence phrase' }).fill('were being readied')
  await dialog.getByRole('button', { name: 'Add' }).first().click()
  await expect(dialog.getByRole('region', { name: 'Evidence cues' })).toContainText('were being readied')
  await page.screenshot({ path: 'test-results/screenshots/lexicon.png' })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await expectShown(zelensky, 'confidence', 'evidence')
  await expect(zelensky.locator('.cue-text')).toHaveText('were being readied')

  // switching it off again takes the tag away
  await page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: 'Cues…' }).click()
  await dialog.getByRole('searchbox', { name: 'Find a phrase' }).fill('readied')
  await dialog.getByRole('checkbox').first().uncheck()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expectShown(zelensky, 'confidence', '— untagged')
})

test('a speaker read from the sentence’s subject is marked as a guess; one named by a speech verb is not', async ({ page, server }) => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 }
  ]) {
    await page.setViewportSize(size)
    await page.goto(server.url)
    await page
      .getByRole('grid', { name: 'Library' })
      .getByRole('row', { name: /Pentagon chief confirms/ })
      .click()
    await page.getByRole('group', { name: 'Suggestions' }).getByRole('checkbox', { name: 'untagged too' }).check()
    const suggested = page.getByRole('grid', { name: 'Claims' }).locator('[role=row].suggested')
    // a short window draws only the rows in view: filter down to the two rows looked at; a narrow one needs the
    // library hidden to show the speaker column
    await page.getByRole('searchbox', { name: 'Filter claims' }).fill('Kirby')
    if (size.width < 1366) await page.getByRole('button', { name: /Hide library/ }).click()
    const guessed = suggested.filter({ hasText: 'John Kirby gave more detail' })
    const guess = guessed.getByRole('img', { name: 'speaker guessed' })
    await expect(guess).toHaveAttribute('title', /^"John Kirby" is read from the sentence's subject/)
    const stated = suggested.filter({ hasText: 'We assess that between' })
    await expect(stated).toHaveCount(1)
    await expect(stated.getByRole('img', { name: 'speaker guessed' })).toHaveCount(0)
    await expectShown(guessed, 'attributedTo', 'John Kirby')
    await expectShown(stated, 'attributedTo', 'John Kirby')
    await page.screenshot({ path: `test-results/screenshots/speaker-guess-${size.width}.png` })
  }
})
