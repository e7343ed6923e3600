import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { test, expect, type Page } from '@playwright/test'
import { generateArticle } from '../bench/corpus-generator.ts'
import { seeded } from '../bench/random.ts'
import { startServer, type RunningServer } from './support/server.ts'
import { selectText } from './support/select-text.ts'

// An 800 KB report of some 3,000 paragraphs with hundreds of suggestions: the reader draws only the paragraphs
// in view, never the previous article's highlights, and says "Undone" once the change is on screen.
// The times printed are for the closing note; nothing here asserts a speed (that is `npm run bench`).

async function withLongArticle(run: (page: Page, server: RunningServer, title: string) => Promise<void>, page: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-long-'))
  const dbPath = join(dir, 'workbench.sqlite')
  const first = await startServer({ dbPath })
  await first.stop()
  const article = generateArticle(seeded(800), 800_000)
  const title = 'A very long report on troop movements'
  lastWords = article.body.slice(-30)
  const db = new Sqlite(dbPath)
  db.prepare(
    "INSERT INTO articles (title, body, content_hash, format, source, published) VALUES (?, ?, 'long-report', 'txt', 'Monitor Weekly', '2025-01-02')"
  ).run(title, article.body)
  db.close()
  const server = await startServer({ dbPath })
  try {
    await run(page, server, title)
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

let lastWords = ''
const ms = (t0: number) => Math.round(performance.now() - t0)

test('a long article opens with only the paragraphs in view drawn, tags and undoes', async ({ page }) => {
  test.setTimeout(120_000)
  await withLongArticle(async (page, server, title) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(server.url)
    const library = page.getByRole('grid', { name: 'Library' })
    const reader = page.getByRole('region', { name: 'Source text' })
    const claims = page.getByRole('grid', { name: 'Claims' })
    await expect(library.getByRole('row', { name: new RegExp(title) })).toBeVisible({ timeout: 60_000 })
    await library.getByRole('row', { name: /Pentagon chief/ }).click()
    await expect(reader.getByRole('heading', { name: /Pentagon chief/ })).toBeVisible()

    let t0 = performance.now()
    await library.getByRole('row', { name: new RegExp(title) }).click()
    await expect(reader.locator('.reader-body p').first()).toBeVisible({ timeout: 60_000 })
    const text = ms(t0)
    await expect(claims.locator('[role=row].suggested').first()).toBeVisible({ timeout: 60_000 })
    const open = ms(t0)
    const suggested = await page
      .getByRole('group', { name: 'Suggestions' })
      .getByRole('button', { name: /^Suggestions/ })
      .textContent()
    const paragraphs = await reader.locator('.reader-body p').count()
    expect(paragraphs).toBeGreaterThan(0)
    if (!process.env.BASELINE) expect(paragraphs).toBeLessThan(200) // of some 3,000
    // the end of the text is there when scrolled to (heights are measured as paragraphs show: it may take two steps)
    await expect(async () => {
      await reader.evaluate((el) => el.scrollTo(0, el.scrollHeight))
      await expect(reader.locator('.reader-body p').last()).toContainText(lastWords, { timeout: 500 })
      await expect(reader.locator('.reader-body p').last()).toBeInViewport({ timeout: 500 })
    }).toPass()

    await reader.evaluate((el) => el.scrollTo(0, 0))
    const sentence = (await reader.locator('.reader-body p').first().textContent())!.split('."')[0]!.slice(0, 40)
    await page
      .getByRole('group', { name: 'Suggestions' })
      .getByRole('button', { name: /^Suggestions/ })
      .click() // the analyst's own claims only
    t0 = performance.now()
    await selectText(reader.locator('.reader-body'), sentence)
    await page.keyboard.press('1')
    const mark = reader.locator('mark.claim.tag-evidence:not(.suggested)')
    await expect(mark.first()).toBeVisible({ timeout: 30_000 })
    await expect(claims.locator('[role=row][data-claim-id]:not(.pending)')).toHaveCount(1, { timeout: 30_000 })
    const tag = ms(t0)

    t0 = performance.now()
    await page.keyboard.press('Control+z')
    await expect(page.locator('.toast').filter({ hasText: 'Undone' })).toBeVisible({ timeout: 30_000 })
    await expect(mark).toHaveCount(0)
    const undo = ms(t0)
    console.log(
      `long article (800 KB): text shown ${text} ms, with suggestions ${open} ms (${suggested}),` +
        ` tag ${tag} ms, undo ${undo} ms; ${paragraphs} paragraphs drawn`
    )
    await page.screenshot({ path: 'test-results/screenshots/long-article-1366.png' })
  }, page)
})

test('the keyboard caret goes on past the paragraphs drawn at first, and a claim marked there lands there', async ({ page }) => {
  test.setTimeout(120_000)
  await withLongArticle(async (page, server, title) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(server.url)
    const library = page.getByRole('grid', { name: 'Library' })
    const reader = page.getByRole('region', { name: 'Source text' })
    await expect(library.getByRole('row', { name: new RegExp(title) })).toBeVisible({ timeout: 60_000 })
    await library.getByRole('row', { name: new RegExp(title) }).click()
    await expect(reader.locator('.reader-body p').first()).toBeVisible({ timeout: 60_000 })
    await page
      .getByRole('group', { name: 'Suggestions' })
      .getByRole('button', { name: /^Suggestions/ })
      .click() // the analyst's own claims only
    const drawnAtFirst = await reader.locator('.reader-row').evaluateAll((rows) => Math.max(...rows.map((r) => Number(r.dataset.index))))
    await reader.getByRole('document').focus()
    const caretIndex = () =>
      page.evaluate(() => {
        const node = window.getSelection()?.focusNode
        const el = node instanceof Element ? node : node?.parentElement
        return Number(el?.closest<HTMLElement>('.reader-row')?.dataset.index ?? -1)
      })
    // line by line, well past the last paragraph drawn when the article opened
    const target = drawnAtFirst + 25
    for (let i = 0; i < 400 && (await caretIndex()) < target; i++) await page.keyboard.press('ArrowDown')
    const at = await caretIndex()
    expect(at).toBeGreaterThanOrEqual(target)
    await expect(page.locator('.reader-caret')).toBeInViewport()
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('1')
    const mark = reader.locator('mark.claim.tag-evidence:not(.suggested)')
    await expect(mark.first()).toBeVisible({ timeout: 30_000 })
    const markRow = await mark.first().evaluate((m) => Number(m.closest<HTMLElement>('.reader-row')?.dataset.index))
    expect(markRow).toBe(at)
  }, page)
})
