import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startTeamServe, type ServeProcess } from '../src-main/cli/testing/team-serve-process.ts'
import { psql, startPgCluster, type PgCluster } from '../src-main/core/testing/pg-cluster.ts'
import { expect, test } from '@playwright/test'
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
  await page.getByRole('button', { name: 'Team sync' }).click()
  const dialog = page.getByRole('dialog', { name: 'Team' })
  await expect(dialog.getByLabel('Last sync')).toHaveText('just now')
  await expect(dialog).toContainText('ana, ben')
  await page.screenshot({ path: 'test-results/screenshots/team-dialog-1366.png' })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('tab', { name: 'Claims by analyst' }).click()
  await page.getByRole('combobox', { name: 'Article' }).selectOption({ label: title })
  const text = page.getByRole('article', { name: 'Claims by analyst' })
  await expect(text.locator('mark[data-analysts~="ben"]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/team-claims-1366.png' })
  await page.getByRole('group', { name: 'Analysts shown' }).getByLabel(/^ben/).uncheck()
  await expect(text.locator('mark[data-analysts~="ben"]')).toHaveCount(0)
  await expect(text.locator('mark[data-analysts~="ana"]').first()).toBeVisible()
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
