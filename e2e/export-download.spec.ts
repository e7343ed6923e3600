import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import { test, expect } from './support/fixtures.ts'

// Browser mode: an export prepared through the API arrives in Chromium as a real download
// (Content-Disposition attachment), with exactly the rows asked for. The claims view's
// Export button drives the same two steps.

/** Marks a few claims in the sample articles, straight in the server's database (WAL lets both write). */
function markClaims(dbPath: string): void {
  const db = new Database(dbPath)
  const articles = db.prepare('SELECT id, body FROM articles ORDER BY id LIMIT 3').all() as { id: number; body: string }[]
  const insert = db.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence, note) VALUES (?, ?, ?, ?, ?, ?)')
  const tags = ['evidence', 'assess', 'do not yet know', 'assess']
  for (const a of articles) {
    tags.forEach((tag, i) => {
      const start = i * 40
      insert.run(a.id, start, start + 30, a.body.slice(start, start + 30), tag, i === 1 ? '=1+1 check' : '')
    })
  }
  db.close()
}

test('an export downloads in the browser with exactly the rows of its filter, formula-safe', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible()
  markClaims(server.dbPath)

  // what the Export button does: export.start with the view's query, then follow the download link
  const downloading = page.waitForEvent('download')
  const started = await page.evaluate(async () => {
    const token = sessionStorage.getItem('workbench.token')!
    const res = await fetch('/api/export.start', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
      body: JSON.stringify({ format: 'csv', selection: { query: { confidence: ['assess'] } } })
    })
    const { value } = await res.json()
    const link = document.createElement('a')
    link.href = `/download/${value.exportId}?token=${encodeURIComponent(token)}`
    link.download = value.fileName
    document.body.append(link)
    link.click()
    return value as { exportId: string; fileName: string; rows: number }
  })
  expect(started.rows).toBe(6)
  const download = await downloading
  expect(download.suggestedFilename()).toBe(started.fileName)
  const rows = parse(readFileSync((await download.path())!), { bom: true, columns: true }) as Record<string, string>[]
  expect(rows).toHaveLength(6)
  expect(new Set(rows.map((r) => r.confidence))).toEqual(new Set(['assess']))
  expect(rows.filter((r) => r.note !== '').map((r) => r.note)).toEqual(Array(3).fill("'=1+1 check"))

  const status = await page.evaluate(async (exportId) => {
    const res = await fetch('/api/export.status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': sessionStorage.getItem('workbench.token')! },
      body: JSON.stringify({ exportId })
    })
    return (await res.json()).value
  }, started.exportId)
  expect(status).toMatchObject({ state: 'done', rows: 6, written: 6 })
})

test('a download link without the token is refused', async ({ request, server }) => {
  const res = await request.get(`${server.origin}/download/abcdefghijklmnopqrstuvwx`)
  expect(res.status()).toBe(401)
  expect((await res.json()).error.code).toBe('unauthorized')
})

test("an article's export and the All-claims export are saved under names that say what they hold", async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible()
  markClaims(server.dbPath)
  await page.reload()
  await page
    .getByRole('grid', { name: 'Library' })
    .getByRole('row', { name: /Calder says Belmora jets/ })
    .click()
  await page
    .getByRole('group', { name: 'Suggestions' })
    .getByRole('button', { name: /^Suggestions/ })
    .click()
  await expect(page.getByRole('grid', { name: 'Claims' }).locator('[role=row][data-claim-id]')).toHaveCount(4)
  const article = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const articleName = (await article).suggestedFilename()
  expect(articleName).toMatch(/^claims-calder-says-belmora-jets-[a-z0-9-]*\d{4}-\d\d-\d\d\.csv$/)

  await page.getByRole('button', { name: 'All claims' }).click()
  await expect(page.getByRole('grid', { name: 'Claims' }).locator('[role=row][data-claim-id]')).toHaveCount(12)
  const all = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  expect((await all).suggestedFilename()).toMatch(/^claims-all-articles-\d{4}-\d\d-\d\d\.csv$/)
})
