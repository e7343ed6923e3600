import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { test, expect, type Page } from '@playwright/test'
import { startServer, type RunningServer } from './support/server.ts'
import { callApi } from './support/api.ts'

const ARTICLES = 300
const PER = 10
const SPEAKERS = ['Müller', 'MÜLLER', 'Fowler', 'Don Fowler', 'Kirby', '']
const TAGS = ['evidence', 'assess', 'do not yet know', null]

/** 3,000 claims: article i (published i days after the first) holds sentences "Claim i-j …", the newest article last. */
function fill(dbPath: string): void {
  const db = new Sqlite(dbPath)
  const article = db.prepare("INSERT INTO articles (title, body, content_hash, format, published) VALUES (?, ?, ?, 'txt', ?)")
  const claim = db.prepare(
    'INSERT INTO claims (article_id, start, "end", quote, confidence, attributed_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
  )
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const n = String(i).padStart(3, '0')
      const sentences = Array.from(
        { length: PER },
        (_, j) => `Claim ${n}-${j} about the convoy${i === 123 && j === 4 ? ' zebracrossing' : ''}.`
      )
      const body = sentences.join(' ')
      const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      const id = Number(article.run(`Report ${n}`, body, `hash-${n}`, day).lastInsertRowid)
      let at = 0
      sentences.forEach((s, j) => {
        const start = body.indexOf(s, at)
        at = start + s.length
        const when = `${day}T00:00:0${j}.000Z`
        claim.run(id, start, at, s, TAGS[(i + j) % 4], SPEAKERS[(i * PER + j) % SPEAKERS.length], when, when)
      })
    }
  })()
  db.close()
}

let dir: string
let server: RunningServer
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'workbench-window-'))
  const dbPath = join(dir, 'workbench.sqlite')
  const first = await startServer({ dbPath, extraArgs: ['--no-samples'] }) // the schema through the app
  await first.stop()
  fill(dbPath)
  server = await startServer({ dbPath })
})
test.afterAll(async () => {
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
})

const grid = (page: Page) => page.getByRole('region', { name: 'All claims' }).getByRole('grid', { name: 'Claims' })
const rows = (page: Page) => grid(page).locator('[data-claim-id]')

async function openAllClaims(page: Page): Promise<void> {
  await page.goto(server.url)
  // the app comes back where it was (All claims after the first test): the click is the same either way
  await page.getByRole('button', { name: 'All claims', exact: true }).click()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(ARTICLES * PER + 1))
}

test.describe.configure({ mode: 'serial' })

test('All claims scrolls through 3,000 claims with only a window of rows in the page, and light rows', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openAllClaims(page)
  await expect(page.getByRole('toolbar', { name: 'Claim filters' })).toContainText('3000 claims')
  await expect(rows(page).first()).toContainText('Claim 299-0') // the newest article first
  const shown = await rows(page).count()
  expect(shown).toBeGreaterThan(5)
  expect(shown).toBeLessThan(60)
  // plain text in every row: no select or text field in the grid until a cell is edited
  await expect(grid(page).locator('select, input')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/all-claims-window-1366.png' })

  // to the end: the oldest article's last claim is read from the core and drawn, still only a window
  const scroller = grid(page).locator('.grid-scroll')
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect(grid(page).locator('[data-claim-id]', { hasText: 'Claim 000-9' })).toBeVisible()
  expect(await rows(page).count()).toBeLessThan(60)
  // and the middle
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight / 2))
  await expect(
    grid(page)
      .locator('[data-claim-id]', { hasText: /Claim 15\d-/ })
      .first()
  ).toBeVisible()
  expect(await rows(page).count()).toBeLessThan(60)

  await page.setViewportSize({ width: 1024, height: 700 })
  await scroller.evaluate((el) => (el.scrollTop = 0))
  await expect(rows(page).first()).toContainText('Claim 299-0')
  await page.screenshot({ path: 'test-results/screenshots/all-claims-window-1024.png' })
})

test('filter, speaker by person, sort and grouping run in the core; an edit is saved', async ({ page }) => {
  await openAllClaims(page)
  const filter = page.getByRole('searchbox', { name: 'Filter claims' })
  await filter.fill('ZEBRACROSSING')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2')
  await expect(rows(page)).toHaveText([/Claim 123-4 about the convoy zebracrossing/])
  await filter.fill('')

  // one person, every stored form: "Don Fowler" matches "Fowler" too; "Müller" matches "MÜLLER"
  const speaker = page.getByRole('combobox', { name: 'Speaker' })
  await speaker.selectOption('Don Fowler')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String((ARTICLES * PER * 2) / SPEAKERS.length + 1))
  const muller = (await speaker.locator('option').allTextContents()).find((t) => /^m[üu]ller$/i.test(t))!
  expect((await speaker.locator('option').allTextContents()).filter((t) => /^m[üu]ller$/i.test(t))).toHaveLength(1)
  await speaker.selectOption({ label: muller })
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String((ARTICLES * PER * 2) / SPEAKERS.length + 1))
  await expect(page.getByRole('toolbar', { name: 'Claim filters' })).toContainText('1000 of 3000 claims')
  await speaker.selectOption('')

  // sort by quote, descending: the last quote first
  const quoteHeader = grid(page).getByRole('columnheader', { name: 'Quote' })
  await quoteHeader.getByRole('button').click()
  await expect(quoteHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(rows(page).first()).toContainText('Claim 000-0')
  await quoteHeader.getByRole('button').click()
  await expect(quoteHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(rows(page).first()).toContainText('Claim 299-9')

  // edit: a click on the Confidence cell brings its editor there (only there), and the change is saved in the core
  const row = rows(page).first()
  const id = Number(await row.getAttribute('data-claim-id'))
  await row.locator('.col-confidence').click()
  const editor = row.getByRole('combobox', { name: 'Confidence' })
  await expect(editor).toBeFocused()
  await expect(grid(page).locator('select, input')).toHaveCount(1)
  await editor.selectOption('evidence')
  await expect
    .poll(
      async () =>
        (await callApi<{ rows: { confidence: string | null }[] }>(page, 'claims.page', { view: { text: 'Claim 299-9' }, limit: 1 })).rows[0]
          ?.confidence
    )
    .toBe('evidence')
  expect((await callApi<{ id: number }[]>(page, 'claims.list', { text: 'Claim 299-9' }))[0]!.id).toBe(id)

  // grouped by confidence in the core: headings with their counts
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('confidence')
  await expect(grid(page).getByRole('row', { name: /^assess \d+ claims$/ })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/all-claims-window-grouped-1366.png' })
  // by speaker: one group per person with all its forms ("Fowler" under "Don Fowler"), after the 500 without a speaker
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('attributedTo')
  await expect(grid(page).getByRole('row', { name: '(no speaker) 500 claims' })).toBeVisible()
  await grid(page)
    .locator('.grid-scroll')
    .evaluate((el) => (el.scrollTop = 500 * 58))
  await expect(grid(page).getByRole('row', { name: 'Don Fowler 1000 claims' })).toBeVisible()
  await expect(grid(page).getByRole('row', { name: /^Fowler \d+ claims$/ })).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Group by' }).selectOption('none')
})

test('keyboard: one Tab stop, arrows, F2 edits, Enter opens; the selection survives a refetch', async ({ page }) => {
  await openAllClaims(page)
  await rows(page).first().locator('.col-quote').click()
  await expect(grid(page).getByRole('row', { selected: true })).toContainText('Claim 299-0')
  await grid(page).focus()
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown') // past the first screen
  const selected = grid(page).getByRole('row', { selected: true })
  await expect(selected).toContainText('Claim 297-5')
  await expect(selected).toBeInViewport()
  // Right to Attributed to (Article, Quote, Confidence, Codes, Attributed to), F2 edits it, Enter saves
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('F2')
  const speaker = selected.getByRole('combobox', { name: 'Attributed to' }) // a text field with suggestions
  await expect(speaker).toBeFocused()
  await speaker.fill('Ada Lovelace')
  await speaker.press('Enter')
  await expect(grid(page)).toBeFocused()
  await expect(speaker).toHaveValue('Ada Lovelace') // the active cell keeps its editor
  await expect
    .poll(async () => (await callApi<{ attributedTo: string }[]>(page, 'claims.list', { text: 'Claim 297-5' }))[0]?.attributedTo)
    .toBe('Ada Lovelace')
  // an undo is published to every view: All claims reads its rows again, the selection stays on its claim
  await page.keyboard.press('ControlOrMeta+z')
  await expect(speaker).not.toHaveValue('Ada Lovelace')
  await expect(grid(page).getByRole('row', { selected: true })).toContainText('Claim 297-5')
  // Enter opens the claim in its article
  await grid(page).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Source text' }).getByRole('heading', { name: 'Report 297' })).toBeVisible()
})
