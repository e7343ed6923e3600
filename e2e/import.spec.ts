import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { addClaim, callApi } from './support/api.ts'
import { test, expect } from './support/fixtures.ts'

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'import', name)
const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` })
/** The first import in a fresh server loads the PDF, Word and HTML readers; on a busy machine that takes seconds. */
const IMPORTED = { timeout: 30_000 }

test('imports files through the file chooser, shows the summary, then finds an article by search', async ({ page, server }) => {
  test.setTimeout(60_000) // a fresh server loads its PDF, Word and HTML readers on the first import
  const broken = join(server.dir, 'broken.txt')
  writeFileSync(broken, Buffer.from([0x00, 0x01, 0x02, 0x03]))
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await expect(library.getByRole('row')).toHaveCount(1 + 7)

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (
    await chooser
  ).setFiles([
    fixture('report.txt'),
    fixture('report.pdf'),
    broken,
    fixture('report.docx'),
    fixture('hostile.html'),
    fixture('password.pdf')
  ])

  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.getByRole('heading', { name: 'Import finished' })).toBeVisible(IMPORTED)
  await expect(summary.getByRole('status')).toHaveText('4 imported, 0 duplicates, 2 rejected')
  await expect(summary).toContainText('broken.txt looks like a binary file, not text')
  await expect(summary).toContainText('password.pdf is password-protected')
  await expect(library.getByRole('row')).toHaveCount(1 + 7 + 4)
  await page.screenshot(shot('import-summary'))

  await summary.getByRole('button', { name: 'Close' }).click()
  await expect(summary).toBeHidden()
  await page.getByRole('searchbox', { name: 'Search library' }).fill('pumping station')
  await expect(library.getByRole('row')).toHaveCount(1 + 2) // the PDF and the Word copy
  const hit = library.getByRole('row', { name: /Reservoir tests find no contamination/ }).first()
  await expect(hit.locator('mark').first()).toHaveText('pumping')
  await expect(hit).toContainText('there is evidence that the pumping station was shut')
  await page.screenshot(shot('import-search'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('import-search-dark'))
  await page.emulateMedia({ colorScheme: 'light' })

  await hit.click()
  const reader = page.getByRole('region', { name: 'Source text' })
  await expect(reader.getByRole('heading', { name: 'Reservoir tests find no contamination' })).toBeVisible()
  await expect(reader).toContainText('We do not yet know whether the solvent came from the upstream factory.')

  // a hostile page arrives as its text only, Korean and Arabic intact
  await page.getByRole('searchbox', { name: 'Search library' }).fill('서울')
  await library.getByRole('row', { name: /Seoul and Cairo react/ }).click()
  await expect(reader).toContainText('서울 발표에 따르면 발사는 새벽에 탐지되었다.')
  await expect(reader).toContainText('«بيان رسمي: نتابع الوضع عن كثب»')
  await expect(reader).not.toContainText('NAVIGATION-CHROME')
  await expect(reader).toContainText('The Example Observer · 2024-11-05 · https://observer.example/world/launch-reactions')
})

test('re-importing the same files reports them as duplicates', async ({ page, server }) => {
  await page.goto(server.url)
  for (const expected of ['1 imported, 0 duplicates, 0 rejected', '0 imported, 1 duplicate, 0 rejected']) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files…' }).click()
    await (await chooser).setFiles([fixture('field-notes.md')])
    const summary = page.getByRole('region', { name: 'Import summary' })
    await expect(summary.getByRole('status')).toHaveText(expected, IMPORTED)
    await summary.getByRole('button', { name: 'Close' }).click()
  }
  await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: /Field notes: checkpoint visit/ })).toHaveCount(1)
})

test('imports a folder, recursively and without hidden files', async ({ page, server }) => {
  const folder = join(server.dir, 'reports')
  mkdirSync(join(folder, 'week-2'), { recursive: true })
  mkdirSync(join(folder, '.cache'), { recursive: true })
  writeFileSync(join(folder, 'monday.txt'), 'Monday brief\n\nConvoys were seen at the bridge.')
  writeFileSync(join(folder, 'week-2', 'tuesday.md'), '# Tuesday brief\n\nThe bridge was closed.')
  writeFileSync(join(folder, '.cache', 'stale.txt'), 'Stale\n\nShould not be imported.')
  writeFileSync(join(folder, 'photo.jpg'), 'not really a photo')
  await page.goto(server.url)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import folder…' }).click()
  await (await chooser).setFiles(folder)
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.getByRole('status')).toHaveText('2 imported, 0 duplicates, 1 rejected', IMPORTED)
  await expect(summary).toContainText('reports/photo.jpg unsupported format (.jpg)')
  await expect(summary.getByRole('button', { name: 'Tuesday brief' })).toBeVisible()
  await summary.getByRole('button', { name: 'Tuesday brief' }).click()
  await expect(page.getByRole('region', { name: 'Source text' }).getByRole('heading', { name: 'Tuesday brief' })).toBeVisible()
})

test('imports files dropped onto the window', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row')).toHaveCount(1 + 7)
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer()
    data.items.add(new File(['Dropped note\n\nA ferry left the harbour at noon.'], 'dropped.txt', { type: 'text/plain' }))
    return data
  })
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: drop })
  await expect(page.getByText('Drop files or folders to import them')).toBeVisible()
  await page.screenshot(shot('import-drop-overlay'))
  await page.dispatchEvent('main', 'drop', { dataTransfer: drop })
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.getByRole('status')).toHaveText('1 imported, 0 duplicates, 0 rejected', IMPORTED)
  await expect(page.getByText('Drop files or folders to import them')).toBeHidden()
  await expect(page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: /Dropped note/ })).toBeVisible()
})

test('selects several articles, deletes them with their claims, and undoes it', async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await expect(library.getByRole('row')).toHaveCount(1 + 7)
  // give one article claims of every tag, as the reader would
  const db = new Sqlite(server.dbPath)
  const id = db.prepare("SELECT id FROM articles WHERE title LIKE 'Pentagon chief%'").pluck().get() as number
  const claim = db.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence) VALUES (?, 0, 7, ?, ?)')
  for (const tag of ['evidence', 'evidence', 'assess', 'do not yet know', null]) claim.run(id, 'Defense', tag)
  db.close()
  await page.reload()

  const pentagon = library.getByRole('row', { name: /Pentagon chief confirms/ })
  await expect(pentagon.getByRole('img', { name: '2 evidence, 1 assess, 1 do not yet know, 1 untagged' })).toBeVisible()
  await expect(pentagon.getByRole('img', { name: /2 evidence/ })).toHaveAttribute(
    'title',
    '2 evidence, 1 assess, 1 do not yet know, 1 untagged'
  )

  // newest import first: the reservoir report sits just below the Pentagon one
  await library.getByRole('row', { name: /Tests confirm bacteria in Lindvale reservoir/ }).click()
  await pentagon.click({ modifiers: ['Shift'] })
  await library.getByRole('row', { name: /Calder says Belmora jets/ }).click({ modifiers: ['Control'] })
  await expect(library.getByRole('row', { selected: true })).toHaveCount(3)
  await expect(page.getByText('3 selected')).toBeVisible()
  await page.screenshot(shot('library-multiselect'))

  await page.getByRole('button', { name: 'Delete…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete articles' })
  await expect(dialog.getByRole('heading')).toHaveText('Delete 3 articles?')
  await expect(dialog).toContainText('Its 5 claims will be deleted with them.')
  await page.screenshot(shot('library-delete-confirm'))
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(library.getByRole('row')).toHaveCount(1 + 4)
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 3 articles and 5 claims.' })).toBeVisible()
  await page.screenshot(shot('library-undo-toast'))

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
  await expect(library.getByRole('row')).toHaveCount(1 + 7)
  await expect(pentagon.getByRole('img', { name: '2 evidence, 1 assess, 1 do not yet know, 1 untagged' })).toBeVisible()
})

test("edits an article's title, source, date and address, refusing a bad address", async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await library.getByRole('row', { name: /Port strike enters second week/ }).click()
  await library.press('F2')
  const dialog = page.getByRole('dialog', { name: 'Edit article' })
  await dialog.getByLabel('Title').fill('Port strike: losses mount in week two')
  await dialog.getByLabel('Source').fill('Harbour Gazette')
  await dialog.getByLabel('Published').fill('2025-03-04')
  await dialog.getByLabel('Address').fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeVisible() // the form refuses it: an address must start with http:// or https://
  expect(await dialog.getByLabel('Address').evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(false)
  await dialog.getByLabel('Address').fill('https://gazette.example/strike')
  await page.screenshot(shot('library-edit'))
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const row = library.getByRole('row', { name: /Port strike: losses mount in week two/ })
  await expect(row).toContainText('Harbour Gazette')
  await expect(row).toContainText('2025-03-04')
  // the open article shows the new details at once
  const reader = page.getByRole('region', { name: 'Source text' })
  await expect(reader.getByRole('heading', { name: 'Port strike: losses mount in week two' })).toBeVisible()
  await expect(reader).toContainText('Harbour Gazette · 2025-03-04 · https://gazette.example/strike')
  await page.getByRole('searchbox', { name: 'Search library' }).fill('losses mount week two')
  await expect(library.getByRole('row')).toHaveCount(2)
})

test('selects with the keyboard and deletes with the Delete key, after confirming', async ({ page, server }) => {
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  await library.getByRole('row').nth(1).click()
  await library.press('Shift+ArrowDown')
  await library.press('Shift+ArrowDown')
  await expect(library.getByRole('row', { selected: true })).toHaveCount(3)
  await library.press('Control+a')
  await expect(library.getByRole('row', { selected: true })).toHaveCount(7)
  await library.press('Escape')
  await expect(library.getByRole('row', { selected: true })).toHaveCount(1)
  await library.press('Delete')
  const dialog = page.getByRole('dialog', { name: 'Delete articles' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(library.getByRole('row')).toHaveCount(1 + 7)
})

test('tag a claim, delete its article, Ctrl+Z twice: the article comes back, then the tag goes (undo never jams)', async ({
  page,
  server
}) => {
  for (const [width, height] of [
    [1366, 768],
    [1024, 700]
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.goto(server.url)
    const claim = (await addClaim(page, 'Port strike enters second week', 'Port')) as { id: number; articleId: number }
    await callApi(page, 'claims.update', { id: claim.id, patch: { confidence: 'assess' } })
    await page.reload()
    const library = page.getByRole('grid', { name: 'Library' })
    const row = library.getByRole('row', { name: /Port strike enters second week/ })
    await row.click()
    await page.getByRole('button', { name: 'Delete…' }).click()
    await page.getByRole('dialog', { name: 'Delete articles' }).getByRole('button', { name: 'Delete' }).click()
    await expect(row).toHaveCount(0)
    // the reader opens the next article in the list instead of the one just deleted
    await expect(page.locator('.reader-title')).toBeVisible()
    await expect(page.locator('.reader-title')).not.toHaveText(/Port strike enters second week/)
    await expect(page.getByText(/There is no article/)).toHaveCount(0)
    await page.keyboard.press('Control+z') // the delete comes back
    await expect(row).toHaveCount(1)
    await expect(page.getByRole('grid', { name: 'Claims' }).getByRole('row').filter({ hasText: /^Port/ }).first()).toBeVisible()
    await page.screenshot(shot(`library-undo-delete-${width}`))
    await page.keyboard.press('Control+z') // then the tag goes: the step before the delete still applies
    await expect
      .poll(
        async () =>
          (await callApi<{ id: number; confidence: string | null }[]>(page, 'claims.list', { articleId: claim.articleId })).find(
            (c) => c.id === claim.id
          )?.confidence
      )
      .toBeNull()
    expect((await callApi<{ undo: string | null }>(page, 'history.state', {})).undo).toMatch(/^add claim “Port”/)
    // the delete's toast no longer undoes anything else: the delete was undone already (it says so, in the toast queue)
    await page.getByRole('status').filter({ hasText: 'Deleted 1 article' }).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => callApi(page, 'history.state', {})).toMatchObject({ undo: expect.stringMatching(/^add claim/) })
    expect((await callApi<{ undo: string | null }>(page, 'history.state', {})).undo).toMatch(/^add claim “Port”/)
  }
})

test('deleting the open article opens another one of the list, never an error', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  const library = page.getByRole('grid', { name: 'Library' })
  const first = library.getByRole('row').nth(1) // the newest article (the header row comes first)
  const title = (await first.textContent())!.slice(0, 30)
  await first.click()
  await expect(page.locator('.reader-title')).toContainText(title.split(/\s+/).slice(0, 3).join(' '))
  await page.getByRole('button', { name: 'Delete…' }).click()
  await page.getByRole('dialog', { name: 'Delete articles' }).getByRole('button', { name: 'Delete' }).click()
  await expect(library.getByRole('row', { name: title })).toHaveCount(0)
  await expect(page.locator('.reader-title')).toBeVisible()
  await expect(page.locator('.reader-title')).not.toContainText(title.split(/\s+/).slice(0, 3).join(' '))
  await expect(page.getByText(/There is no article/)).toHaveCount(0)
  await page.screenshot(shot('library-deleted-open-article-1366'))
})
