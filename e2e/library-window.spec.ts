import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { test, expect, type Page } from '@playwright/test'
import { startServer } from './support/server.ts'

const N = 3000
const pad = (i: number) => String(i).padStart(4, '0')
/** The seeded library, as the test knows it: every article's source and claims (i: its import order, id i + 1). */
const seed = Array.from({ length: N }, (_, i) => ({
  title: `Report ${pad(i)}`,
  source: i % 5 === 0 ? null : i % 2 ? 'Wire' : 'Paper',
  claims: i % 3 === 0 ? [i % 6 === 0 ? null : 'evidence'] : []
}))

const count = (keep: (a: (typeof seed)[number]) => boolean) => seed.filter(keep).length.toLocaleString('en-US')

function seedDb(dbPath: string): void {
  const db = new Sqlite(dbPath)
  const article = db.prepare("INSERT INTO articles (title, body, content_hash, format, source, published) VALUES (?, ?, ?, 'txt', ?, ?)")
  const claim = db.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence) VALUES (?, 0, 9, ?, ?)')
  db.transaction(() => {
    seed.forEach((a, i) => {
      const body = `Body ${pad(i)}. The convoy${i === 1234 ? ' zebracrossing' : ''} moved north.`
      const id = Number(
        article.run(a.title, body, `hash-${i}`, a.source, `2024-02-${String((i % 28) + 1).padStart(2, '0')}`).lastInsertRowid
      )
      for (const confidence of a.claims) claim.run(id, body.slice(0, 9), confidence)
    })
  })()
  db.close()
}

const libraryGrid = (page: Page) => page.getByRole('grid', { name: 'Library' })
const footer = (page: Page) => page.getByRole('group', { name: 'Selected articles' })
/** the view's first row (when scrolled to it) */
const firstRow = (page: Page) => libraryGrid(page).locator('tr[aria-rowindex="2"]')
const readerTitle = (page: Page) => page.getByRole('region', { name: 'Source text' }).getByRole('heading')

test('a library of thousands scrolls, sorts, filters and counts from the core, and keeps its selection while scrolling', async ({
  page
}) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(join(tmpdir(), 'workbench-window-'))
  const dbPath = join(dir, 'workbench.sqlite')
  const first = await startServer({ dbPath, extraArgs: ['--no-samples'] }) // the schema, through the app
  await first.stop()
  seedDb(dbPath)
  const server = await startServer({ dbPath })
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(server.url)
    const library = libraryGrid(page)
    await expect(library).toHaveAttribute('aria-rowcount', String(N + 1))
    await expect(footer(page)).toContainText('3,000 articles')
    // newest import first; only the rows in view are in the page
    await expect(firstRow(page)).toContainText('Report 2999')
    expect(await library.getByRole('row').count()).toBeLessThan(100)

    // two rows selected, then the grid scrolled to its end (rows read there) and back: both still selected
    await firstRow(page).click()
    await library.getByRole('row', { name: /Report 2997/ }).click({ modifiers: ['ControlOrMeta'] })
    await expect(footer(page)).toContainText('2 selected')
    const scroller = page.locator('.library-scroll')
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
    await expect(library.getByRole('row', { name: /Report 0000/ })).toBeVisible()
    await expect(library.getByRole('row', { selected: true })).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screenshots/library-window-end.png' })
    await scroller.evaluate((el) => (el.scrollTop = 0))
    await expect(library.getByRole('row', { selected: true })).toHaveText([/Report 2999/, /Report 2997/])
    await expect(footer(page)).toContainText('2 selected')

    // Shift+End: from the open row to the last, rows never read included; the last one opens
    await library.press('Shift+End')
    await expect(footer(page)).toContainText(`${(N - 2).toLocaleString('en-US')} selected`)
    await expect(readerTitle(page)).toHaveText('Report 0000')
    await expect(library.getByRole('row', { name: /Report 0000/ })).toHaveAttribute('aria-selected', 'true')

    // sorted by title: ascending, then descending, in the core
    const title = library.getByRole('columnheader', { name: 'Title' }).getByRole('button')
    await title.click()
    await expect(library.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending')
    await expect(firstRow(page)).toContainText('Report 0000')
    await title.click()
    await expect(library.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending')
    await library.press('Home')
    await expect(readerTitle(page)).toHaveText('Report 2999')
    await expect(footer(page)).toContainText('1 selected')

    // filters narrow the rows and the count says how many of the library (the open row, filtered out, leaves the selection)
    await page.getByRole('combobox', { name: 'Filter by claims' }).selectOption('with')
    await expect(footer(page)).toContainText(`${count((a) => a.claims.length > 0)} of 3,000 articles`)
    await expect(firstRow(page)).toContainText('Report 2997')
    await page.getByRole('combobox', { name: 'Filter by claims' }).selectOption('untagged')
    await page.getByRole('combobox', { name: 'Filter by source' }).selectOption('Paper')
    const paperUntagged = count((a) => a.source === 'Paper' && a.claims.includes(null))
    await expect(footer(page)).toContainText(`${paperUntagged} of 3,000 articles`)
    await expect(library).toHaveAttribute('aria-rowcount', String(Number(paperUntagged) + 1))
    await page.screenshot({ path: 'test-results/screenshots/library-window-filtered.png' })
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.screenshot({ path: 'test-results/screenshots/library-window-filtered-wide.png' })

    // a search within the filter, then in the whole library
    await page.getByRole('combobox', { name: 'Filter by claims' }).selectOption('all')
    await page.getByRole('combobox', { name: 'Filter by source' }).selectOption('')
    await page.getByRole('searchbox', { name: 'Search library' }).fill('zebracrossing')
    await expect(library).toHaveAttribute('aria-rowcount', '2')
    await expect(library.getByRole('row', { name: /Report 1234/ }).locator('mark')).toHaveText('zebracrossing')
    await page.getByRole('searchbox', { name: 'Search library' }).fill('')
    await expect(library).toHaveAttribute('aria-rowcount', String(N + 1))
    await expect(firstRow(page)).toContainText('Report 2999')
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
