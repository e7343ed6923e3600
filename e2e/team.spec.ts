import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startTeamServe, type ServeProcess } from '../src-main/cli/testing/team-serve-process.ts'
import { psql, startPgCluster, type PgCluster } from '../src-main/core/testing/pg-cluster.ts'
import { expect, test, type Page } from '@playwright/test'
import { startServer, type RunningServer } from './support/server.ts'

// Two analysts' claims on the same sample report, synced through a real team server on a
// throwaway PostgreSQL; the app (browser mode) is ana's laptop.
const run = promisify(execFile)
const bin = join(import.meta.dirname, '..', 'bin', 'workbench.js')
const wb = async (...args: string[]): Promise<string> =>
  (await run(process.execPath, [bin, ...args], { env: { ...process.env, WORKBENCH_DB: '' } })).stdout

let cluster: PgCluster
let teamServer: ServeProcess
let app: RunningServer
let dir: string
let title = ''
let pgUrl = ''

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(120_000)
  cluster = await startPgCluster()
  psql(cluster, 'CREATE DATABASE team')
  const pg = cluster.url('team')
  pgUrl = pg
  await wb('team', 'init', '--pg', pg)
  const tokens = {
    ana: (JSON.parse(await wb('team', 'add-analyst', '--pg', pg, 'ana', '--json')) as { token: string }).token,
    ben: (JSON.parse(await wb('team', 'add-analyst', '--pg', pg, 'ben', '--json')) as { token: string }).token
  }
  teamServer = await startTeamServe(pg)
  dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-team-'))
  const db = { ana: join(dir, 'ana.sqlite'), ben: join(dir, 'ben.sqlite') }
  for (const who of ['ana', 'ben'] as const) await wb('team', 'join', teamServer.url, '--as', who, '--token', tokens[who], '--db', db[who])
  const [first] = JSON.parse(await wb('list', '--db', db.ana, '--json')) as { id: number; title: string }[]
  title = first!.title
  const id = String(first!.id)
  const body = (JSON.parse(await wb('show', id, '--db', db.ana, '--json')) as { body: string }).body
  const sentences = body
    .split(/(?<=[.!?])\s+/)
    .filter((s) => s.length > 30)
    .slice(0, 4)
  const tags = { ana: ['evidence', 'assess', 'evidence', 'assess'], ben: ['evidence', 'assess', 'assess', null] } as const
  for (const who of ['ana', 'ben'] as const) {
    for (const [i, quote] of sentences.entries()) {
      const tag = tags[who][i]
      if (tag === null || tag === undefined) continue // ana's last claim is hers alone
      await wb(
        'claim',
        'add',
        '--db',
        db[who],
        '--article',
        id,
        '--quote',
        quote,
        '--confidence',
        tag,
        ...(who === 'ben' && i === 1 ? ['--by', 'the ministry'] : [])
      )
    }
  }
  await wb('sync', '--db', db.ben)
  await wb('sync', '--db', db.ana)
  app = await startServer({ dbPath: db.ana })
})

test.afterAll(async () => {
  await app?.stop()
  await teamServer?.kill()
  cluster?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test("Agreement: two analysts' kappa, alpha and the unmatched claim on the shared report", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.url)
  await expect(page.getByRole('button', { name: 'Team sync' })).toContainText(/ana · (just now|syncing)/)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Team' }).click()
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: title })
  const figures = page.getByRole('table', { name: 'Agreement figures' })
  await expect(figures.getByRole('row', { name: /Matched spans/ })).toContainText('3')
  await expect(figures.getByRole('row', { name: /Unmatched claims/ })).toContainText('1')
  await expect(figures.getByRole('row', { name: /Tag agreement/ })).toContainText('66.7%')
  await expect(figures.getByRole('row', { name: /Cohen's kappa/ })).toContainText(/0\.\d{3}|−|-/)
  await expect(figures.getByRole('row', { name: /Krippendorff's alpha/ })).toContainText(/\d\.\d{3}/)
  await expect(page.getByRole('list', { name: 'Diagnostics' })).toContainText('marked by one analyst only')
  await page.screenshot({ path: 'test-results/screenshots/team-agreement-1366.png' })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: 'test-results/screenshots/team-agreement-1024.png' })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.getByRole('button', { name: 'Team sync' }).click()
  const dialog = page.getByRole('dialog', { name: 'Team' })
  await expect(dialog.getByLabel('Last sync')).toHaveText('just now')
  await expect(dialog).toContainText('ana, ben')
  await page.screenshot({ path: 'test-results/screenshots/team-dialog-1366.png' })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('tab', { name: 'Claims by analyst' }).click()
  // the picker's find box: the report's longest title word finds it (the library's search)
  const word = title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!
  await page.getByRole('searchbox', { name: 'Find article' }).fill(word)
  await expect(page.getByRole('combobox', { name: 'Article' }).getByRole('option', { name: title })).toBeAttached()
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: title })
  const text = page.getByRole('article', { name: 'Claims by analyst' })
  await expect(text.locator('mark[data-analysts~="ben"]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/team-claims-1366.png' })
  await page.getByRole('group', { name: 'Analysts shown' }).getByLabel(/^ben/).uncheck()
  await expect(text.locator('mark[data-analysts~="ben"]')).toHaveCount(0)
  await expect(text.locator('mark[data-analysts~="ana"]').first()).toBeVisible()
})

/** How many ranges the reader's team layer draws for each analyst's palette slot (CSS Custom Highlight API). */
const layerRanges = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const out: Record<string, number> = {}
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('team-analyst-')) out[name] = h.size
    })
    return out
  })

async function openInReader(page: Page, articleTitle: string) {
  // the app comes back to the view it was left in (another test here left it on Team)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Read & annotate' }).click()
  const toggle = page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: /^Suggestions/ })
  if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click()
  await page.getByRole('grid', { name: 'Library' }).getByRole('row', { name: articleTitle }).click()
  const reader = page.getByRole('region', { name: 'Source text' })
  await expect(reader.getByRole('heading', { name: articleTitle })).toBeVisible()
  return reader
}

test("Reader: ben's claims drawn over ana's text in his colour, listed read-only, switched off and on", async ({ page }) => {
  for (const [width, height] of [
    [1366, 768],
    [1024, 700]
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.goto(app.url)
    await openInReader(page, title)
    const layer = page.getByRole('region', { name: 'Team layer' })
    const list = layer.getByRole('table', { name: 'Others’ claims' })
    await expect(list.getByRole('row')).toHaveCount(4) // header + ben's 3
    await expect(list.getByRole('row').filter({ hasText: 'the ministry' })).toContainText('assess')
    await expect(page.getByRole('grid', { name: 'Claims' }).getByRole('row')).toHaveCount(5) // ana's own 4 (+ header), editable there
    await expect.poll(() => layerRanges(page)).toEqual({ 'team-analyst-1': 3 }) // ben is second on the team: slot 1
    await page.screenshot({ path: `test-results/screenshots/team-reader-${width}.png` })
  }
  const layer = page.getByRole('region', { name: 'Team layer' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screenshots/team-reader-dark-1024.png' })
  await page.emulateMedia({ colorScheme: 'light' })
  // a row's quote shows it in the text (a short window: ben's last claim starts below it)
  await page.setViewportSize({ width: 1024, height: 480 })
  const reader = page.getByRole('region', { name: 'Source text' })
  const last = layer.getByRole('table', { name: 'Others’ claims' }).getByRole('row').last()
  const quote = (await last.getByRole('cell').nth(1).textContent())!.slice(0, 40)
  await reader.evaluate((el) => el.scrollTo(0, 0))
  await expect(reader.locator('p[data-start]', { hasText: quote })).not.toBeInViewport()
  await last.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(reader.locator('p[data-start]', { hasText: quote })).toBeInViewport()
  await page.screenshot({ path: 'test-results/screenshots/team-reader-short-1024.png' })
  await layer.getByRole('group', { name: 'Others shown in the text' }).getByLabel(/^ben/).uncheck()
  await expect.poll(() => layerRanges(page)).toEqual({})
  await expect(layer.getByText('Others’ claims on this article: 0 of 3 (read-only)')).toBeVisible()
  await page.reload() // the choice is kept
  await expect(page.getByRole('region', { name: 'Team layer' }).getByLabel(/^ben/)).not.toBeChecked()
  await page.getByRole('region', { name: 'Team layer' }).getByLabel(/^ben/).check()
  await expect.poll(() => layerRanges(page)).toEqual({ 'team-analyst-1': 3 })
})

test("Adjudicate: the disagreements come first; taking one analyst's value makes the adjudicated layer", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.url)
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Team' }).click()
  await page.getByRole('tab', { name: 'Adjudicate' }).click()
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: title })
  const grid = page.getByRole('table', { name: 'Disagreements' })
  const rows = grid.getByRole('row')
  await expect(rows).toHaveCount(5) // header + 4 spans
  await expect(rows.nth(1)).toContainText('Tags differ')
  await expect(rows.nth(2)).toContainText('Speakers differ')
  await expect(rows.nth(3)).toContainText('One analyst only')
  await expect(page.getByText('3 disagreements left to settle of 4 spans.')).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/team-adjudicate-1366.png' })

  await rows.nth(1).getByRole('button', { name: 'Take ben’s' }).click()
  await expect(rows.nth(1).getByLabel('Adjudicated value')).toHaveText('assess')
  await expect(page.getByText('2 disagreements left to settle of 4 spans.')).toBeVisible()
  const speakerRow = grid.getByRole('row').filter({ hasText: 'Speakers differ' })
  await speakerRow.getByLabel('Adjudicated speaker').fill('the ministry')
  await speakerRow.getByRole('button', { name: 'Save' }).click()
  await expect(speakerRow.getByLabel('Adjudicated value')).toContainText('the ministry')
  await page.screenshot({ path: 'test-results/screenshots/team-adjudicated-1366.png' })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: 'test-results/screenshots/team-adjudicated-1024.png' })
  await page.getByRole('tab', { name: 'Claims by analyst' }).click()
  await expect(page.getByRole('article', { name: 'Claims by analyst' }).locator('mark[data-analysts~="ben"]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/team-claims-1024.png' })
  await page.getByRole('tab', { name: 'Adjudicate' }).click()
  await page.getByRole('button', { name: 'Mark article done' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Marked done' })).toBeVisible()
})

test('Team dialog: a wrong token is refused with its message; the right one joins and syncs', async ({ page }) => {
  const cy = (JSON.parse(await wb('team', 'add-analyst', '--pg', pgUrl, 'cy', '--json')) as { token: string }).token
  const fresh = await startServer()
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(fresh.url)
    await page.getByRole('button', { name: 'Team sync' }).click()
    const dialog = page.getByRole('dialog', { name: 'Team' })
    await dialog.getByLabel('Team server URL').fill(teamServer.url)
    await dialog.getByLabel('Your analyst name').fill('cy')
    await dialog.getByLabel('Token').fill('wbt_not-cys-token')
    await dialog.getByRole('button', { name: 'Join' }).click()
    await expect(dialog.getByRole('alert')).toContainText('wrong or has been revoked')
    await page.screenshot({ path: 'test-results/screenshots/team-join-refused-1366.png' })
    await dialog.getByLabel('Token').fill(cy)
    await dialog.getByRole('button', { name: 'Join' }).click()
    await expect(dialog.getByLabel('Last sync')).toHaveText('just now')
    await expect(dialog).toContainText('cy')
    await expect(page.getByRole('button', { name: 'Team sync' })).toContainText('cy · just now')
  } finally {
    await fresh.stop()
  }
})

test("Reader in blind mode: others' claims stay hidden until this analyst marks the article done and syncs", async ({ page }) => {
  test.setTimeout(90_000) // four workbench processes (blind on/off, add-analyst, join) and an app of its own
  await wb('team', 'blind', '--pg', pgUrl, 'on')
  const dee = (JSON.parse(await wb('team', 'add-analyst', '--pg', pgUrl, 'dee', '--json')) as { token: string }).token
  const deeDb = join(dir, 'dee.sqlite')
  await wb('team', 'join', teamServer.url, '--as', 'dee', '--token', dee, '--db', deeDb)
  const fresh = await startServer({ dbPath: deeDb })
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(fresh.url)
    await openInReader(page, title)
    const layer = page.getByRole('region', { name: 'Team layer' })
    await expect(layer.getByRole('note')).toContainText('Blind mode')
    await expect(layer.getByRole('table', { name: 'Others’ claims' })).toHaveCount(0)
    expect(await layerRanges(page)).toEqual({})
    await page.screenshot({ path: 'test-results/screenshots/team-reader-blind-1366.png' })
    await layer.getByRole('button', { name: 'Mark article done' }).click()
    await expect(layer.getByRole('status')).toContainText('Marked done')
    await page.getByRole('button', { name: 'Team sync' }).click()
    const dialog = page.getByRole('dialog', { name: 'Team' })
    await dialog.getByRole('button', { name: 'Sync now' }).click()
    await expect(dialog.getByLabel('Last sync')).toHaveText('just now')
    await dialog.getByRole('button', { name: 'Close' }).click()
    const list = layer.getByRole('table', { name: 'Others’ claims' })
    const by = (name: string) => list.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
    await expect(by('ana')).toHaveCount(4)
    await expect(by('ben')).toHaveCount(3)
    // ana's four claims: one quote runs over a paragraph break, and each paragraph gets its own range
    await expect.poll(() => layerRanges(page)).toEqual({ 'team-analyst-0': 5, 'team-analyst-1': 3 })
    await page.screenshot({ path: 'test-results/screenshots/team-reader-done-1366.png' })
  } finally {
    await fresh.stop()
    await wb('team', 'blind', '--pg', pgUrl, 'off')
  }
})
