import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openQdpx } from '../src-main/core/qdpx/qdpx-archive.ts'
import { readQde } from '../src-main/core/qdpx/qde-reader.ts'
import { otherProgramsFile } from '../src-main/core/testing/foreign-qdpx.ts'
import { validateQde } from '../src-main/core/testing/xmllint.ts'
import { callApi } from './support/api.ts'
import { test, expect } from './support/fixtures.ts'
import { openPentagon } from './support/open-article.ts'
import { selectText } from './support/select-text.ts'

const KIRBY = 'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia'
const EVIDENCE = 'There is evidence that there are DPRK troops in Russia'
const shot = (name: string) => ({ path: `test-results/screenshots/${name}.png` })

test('assign a code from the keyboard, see it in the table and details, filter and group by it, and find it in the exported .qdpx', async ({
  page,
  server
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const reader = await openPentagon(page, server.url)
  const claims = page.getByRole('grid', { name: 'Claims' })
  await selectText(reader.locator('.reader-body'), KIRBY)
  await page.keyboard.press('2')
  await selectText(reader.locator('.reader-body'), EVIDENCE)
  await page.keyboard.press('1')
  await expect(claims.getByRole('row')).toHaveCount(3)

  // the evidence claim is selected: t opens the codes, a new name and Enter creates and gives the code
  await page.keyboard.press('t')
  const picker = page.getByRole('dialog', { name: 'Codes of the claim' })
  await picker.getByRole('searchbox', { name: 'Find or create a code' }).fill('Troop movements')
  await picker.getByRole('searchbox', { name: 'Find or create a code' }).press('Enter')
  await expect(picker.getByRole('checkbox', { name: 'Troop movements' })).toBeChecked()
  await picker.getByRole('searchbox', { name: 'Find or create a code' }).fill('Sanctions')
  await picker.getByRole('searchbox', { name: 'Find or create a code' }).press('Enter')
  await expect(picker.getByRole('checkbox', { name: 'Sanctions' })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(picker).toBeHidden()
  const details = page.getByRole('group', { name: 'Codes of the selected claim' })
  await expect(details).toContainText('Troop movements')
  await expect(details).toContainText('Sanctions')
  const evidenceRow = claims.getByRole('row').filter({ hasText: EVIDENCE })
  await expect(evidenceRow.locator('.code-chip')).toHaveText(['Troop movements', 'Sanctions'])

  // in the grid: + on the other claim, tick Troop movements
  const kirbyRow = claims.getByRole('row').filter({ hasText: KIRBY })
  await kirbyRow.getByRole('button', { name: 'Codes' }).click()
  await page.getByRole('dialog', { name: 'Codes of the claim' }).getByRole('checkbox', { name: 'Troop movements' }).check()
  await page.getByRole('dialog', { name: 'Codes of the claim' }).getByRole('button', { name: 'Done' }).click()
  await expect(kirbyRow.locator('.code-chip')).toHaveText(['Troop movements'])
  // × in the details pane takes a code away again
  await evidenceRow.getByRole('gridcell').first().click()
  await details.getByRole('button', { name: 'Remove code Sanctions' }).click()
  await expect(evidenceRow.locator('.code-chip')).toHaveText(['Troop movements'])
  await page.screenshot(shot('codes-column-1366'))

  // filter and group by code
  await page.getByRole('combobox', { name: 'Code' }).selectOption({ label: 'Sanctions' })
  await expect(claims.getByRole('row')).toHaveCount(1)
  await page.getByRole('combobox', { name: 'Code' }).selectOption({ label: 'Troop movements' })
  await expect(claims.getByRole('row')).toHaveCount(3)
  await page.getByRole('combobox', { name: 'Code' }).selectOption('all')
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('codes')
  await expect(claims.getByRole('row', { name: /Troop movements 2 claims/ })).toHaveCount(1)
  await page.screenshot(shot('codes-grouped-1366'))
  await page.getByRole('button', { name: 'All claims' }).click()
  const all = page.getByRole('grid', { name: 'Claims' })
  await expect(all.getByRole('row').filter({ hasText: KIRBY }).locator('.code-chip')).toHaveText(['Troop movements'])
  await page.screenshot(shot('codes-all-claims-1366'))
  await page.getByRole('button', { name: 'Read & annotate' }).click()
  // the view is kept in the core a moment after the click: reload once it is (as a reload after it would)
  await expect.poll(() => callApi<{ view?: string } | null>(page, 'place.get', {})).toMatchObject({ view: 'read' })

  // survives a reload (the view's grouping too: the place is kept)
  await page.reload()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Pentagon chief confirms/ })
    .click()
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('codes')
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('none')
  await expect(claims.getByRole('row').filter({ hasText: EVIDENCE }).locator('.code-chip')).toHaveText(['Troop movements'])

  // export the rows shown as .qdpx: the claims are selections coded with the code
  const downloading = page.waitForEvent('download')
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'QDPX' }).click()
  const file = (await (await downloading).path())!
  const archive = openQdpx((await import('node:fs')).readFileSync(file))
  expect((await validateQde(archive.qde)).valid).toBe(true)
  const project = readQde(archive.qde)
  const troops = project.codes.find((c) => c.name === 'Troop movements')!
  const sanctions = project.codes.find((c) => c.name === 'Sanctions')!
  const [source] = project.textSources
  expect(source!.name).toMatch(/Pentagon chief confirms/)
  const text = new TextDecoder().decode(archive.internalFile(source!.plainTextPath!))
  const byQuote = new Map(source!.selections.map((s) => [Array.from(text).slice(Number(s.start), Number(s.end)).join(''), s.codeGuids]))
  expect(byQuote.get(EVIDENCE)).toContain(troops.guid)
  expect(byQuote.get(EVIDENCE)).not.toContain(sanctions.guid)
  expect(byQuote.get(KIRBY)).toContain(troops.guid)
})

test('the codebook editor adds, nests, colours, renames, merges and deletes codes', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Codebook' }).click()
  const book = page.getByRole('dialog', { name: 'Codebook' })
  const tree = book.getByRole('tree', { name: 'Codes' })
  for (const name of ['Military', 'Sanctions', 'Civilians']) {
    await book.getByRole('textbox', { name: 'New code' }).fill(name)
    await book.getByRole('button', { name: 'Add code' }).click()
    await expect(tree.getByRole('treeitem', { name: new RegExp(name) })).toBeVisible()
  }
  await tree.getByRole('treeitem', { name: /Military/ }).click()
  const form = book.getByRole('region', { name: 'Code Military' })
  await form.getByRole('textbox', { name: 'Sub-code' }).fill('Troop movements')
  await form.getByRole('button', { name: 'Add' }).click()
  await expect(tree.getByRole('treeitem', { name: /Troop movements/ })).toHaveAttribute('aria-level', '2')
  await tree.getByRole('treeitem', { name: /Military/ }).click()
  await book.getByLabel('Colour').fill('#aa3300')
  await book.getByRole('textbox', { name: 'Description' }).fill('Forces and where they go')
  await book.getByRole('textbox', { name: 'Name', exact: true }).click() // leaving the description saves it
  await tree.getByRole('treeitem', { name: /Civilians/ }).click()
  await book.getByRole('textbox', { name: 'Name', exact: true }).fill('Civilian harm')
  await book.getByRole('textbox', { name: 'Name', exact: true }).press('Enter')
  await expect(tree.getByRole('treeitem', { name: /Civilian harm/ })).toBeVisible()
  await book.getByRole('combobox', { name: 'Under' }).selectOption({ label: 'Military' })
  await expect(tree.getByRole('treeitem', { name: /Civilian harm/ })).toHaveAttribute('aria-level', '2')
  await tree.getByRole('treeitem', { name: /Military/ }).click()
  await expect(book.getByRole('textbox', { name: 'Description' })).toHaveValue('Forces and where they go')
  await page.screenshot(shot('codebook-1366'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('codebook-1366-dark'))
  await page.emulateMedia({ colorScheme: 'light' })

  await tree.getByRole('treeitem', { name: /Sanctions/ }).click()
  await book.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Military / Troop movements' })
  await book.getByRole('button', { name: 'Merge' }).click()
  await expect(tree.getByRole('treeitem', { name: /Sanctions/ })).toHaveCount(0)
  await tree.getByRole('treeitem', { name: /Military/ }).click()
  await book.getByRole('button', { name: 'Delete code…' }).click()
  await expect(book.getByRole('alert')).toContainText('Delete “Military” and its 2 sub-codes?')
  await book.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(tree.getByRole('treeitem')).toHaveCount(0)
})

test('a .qdpx from another program comes in through Import files…, with what was skipped listed by name', async ({ page, server }) => {
  const file = join(server.dir, 'port-study.qdpx')
  writeFileSync(file, otherProgramsFile())
  await page.goto(server.url)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import files…' }).click()
  await (await chooser).setFiles([file])
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary.getByRole('status')).toHaveText('1 imported, 0 duplicates, 0 rejected', { timeout: 30_000 })
  await expect(summary).toContainText('Skipped the picture source "Satellite photo"')
  await expect(summary).toContainText('runs from 5000 to 5010, outside its text')
  await summary.getByRole('button', { name: 'Close' }).click()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Interview A/ })
    .click()
  const claims = page.getByRole('grid', { name: 'Claims' })
  await expect(claims.getByRole('row').filter({ hasText: 'sanctions hit the port' }).locator('.code-chip')).toHaveText(['Sanctions'])
  await page.getByRole('button', { name: 'Codebook' }).click()
  await expect(page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: /Troops/ })).toHaveAttribute('aria-level', '2')
})
