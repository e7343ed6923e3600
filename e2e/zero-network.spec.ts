import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { test, expect } from './support/fixtures.ts'
import { selectText } from './support/select-text.ts'
import { expectShown } from './support/claim-cell.ts'

// The whole journey on a hostile web page — import, read, tag, export, compare — while every request the
// browser makes is recorded (and anything not for the app's own origin blocked), and a trap port stands in
// for the outside world: the page's scripts, event handlers, style sheets, fonts, images, frames, media,
// forms and meta refresh all point at it, so a request from the browser *or* from the importer in the
// server process would arrive there.

const TITLE = 'Seoul and Cairo react to the satellite launch'
const CLAIM = 'Officials in both capitals said they expected further tests in the coming weeks'
const OTHER = 'Satellite images show new fighter jets at Belmora air base'

/** A TCP port that records every connection made to it. */
async function trapPort(): Promise<{ port: number; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = []
  const server: Server = createServer((socket) => {
    socket.once('data', (d) => hits.push(d.toString('latin1').split('\r\n')[0] ?? '(no request line)'))
    socket.on('error', () => {})
    socket.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('trap did not bind')
  return { port: address.port, hits, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

test('hostile page, whole journey: no request leaves the app, no dialog or popup, nothing of the page runs', async ({
  page,
  context,
  server
}) => {
  test.setTimeout(120_000) // the first import and the first comparison load their readers and language tools
  const trap = await trapPort()
  try {
    const hostile = join(server.dir, 'hostile.html')
    writeFileSync(
      hostile,
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'import', 'hostile.html'), 'utf8').replaceAll(
        '127.0.0.1:9/',
        `127.0.0.1:${trap.port}/`
      )
    )

    const requests: string[] = []
    const blocked: string[] = []
    const dialogs: string[] = []
    const popups: string[] = []
    const isAppUrl = (url: string): boolean => {
      try {
        return new URL(url).origin === server.origin // blob: URLs made by the app carry its origin too
      } catch {
        return false
      }
    }
    context.on('request', (r) => requests.push(r.url()))
    await context.route('**/*', (route) =>
      isAppUrl(route.request().url()) ? route.continue() : (blocked.push(route.request().url()), route.abort('blockedbyclient'))
    )
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`)
      void d.dismiss()
    })
    context.on('page', (p) => popups.push(p.url()))
    page.on('popup', (p) => popups.push(p.url()))
    // Anything the page tried to load and the CSP refused would not show as a request: count those too.
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] }
      w.cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`)
      )
    })

    // Import the hostile page through the file chooser.
    await page.goto(server.url)
    const library = page.getByRole('grid', { name: 'Library' })
    await expect(library.getByRole('row')).toHaveCount(1 + 7)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files…' }).click()
    await (await chooser).setFiles(hostile)
    const summary = page.getByRole('region', { name: 'Import summary' })
    await expect(summary.getByRole('status')).toHaveText('1 imported, 0 duplicates, 0 rejected', { timeout: 30_000 })
    await summary.getByRole('button', { name: 'Close' }).click()

    // Read it: its text only, no element of the page.
    const suggestions = page.getByRole('group', { name: 'Suggestions' }).getByRole('button', { name: /^Suggestions/ })
    if ((await suggestions.getAttribute('aria-pressed')) === 'true') await suggestions.click()
    await library.getByRole('row', { name: new RegExp(TITLE) }).click()
    const reader = page.getByRole('region', { name: 'Source text' })
    await expect(reader.getByRole('heading', { name: TITLE })).toBeVisible()
    await expect(reader).toContainText('서울 발표에 따르면 발사는 새벽에 탐지되었다.')
    await expect(reader).toContainText("Read the full statement on the ministry's site.")
    for (const chrome of [
      'NAVIGATION-CHROME',
      'MASTHEAD-CHROME',
      'FOOTER-CHROME',
      'IFRAME-FALLBACK-TEXT',
      'OBJECT-FALLBACK-TEXT',
      'FORM-INPUT-TEXT',
      'fetch('
    ]) {
      await expect(reader).not.toContainText(chrome)
    }
    await expect(
      reader.locator('.reader-body').locator('a, img, iframe, object, video, svg, script, form, input, button, style, link')
    ).toHaveCount(0)
    await page.screenshot({ path: 'test-results/screenshots/zero-network-reader.png' })

    // Tag a claim: select the sentence, press 2.
    await selectText(reader.locator('.reader-body'), CLAIM)
    await page.keyboard.press('2')
    const claims = page.getByRole('grid', { name: 'Claims' })
    await expectShown(claims.getByRole('row').filter({ hasText: CLAIM }), 'confidence', 'assess')
    await expect(reader.locator('mark.claim.tag-assess')).toHaveText(CLAIM)

    // Export the claims as CSV.
    await page.getByRole('button', { name: 'All claims' }).click()
    const all = page.getByRole('grid', { name: 'Claims' })
    await expect(all.getByRole('row').filter({ hasText: CLAIM })).toHaveCount(1)
    const downloading = page.waitForEvent('download')
    await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Export CSV' }).click()
    const rows = parse(readFileSync((await (await downloading).path())!), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.quote, r.confidence])).toEqual([[CLAIM, 'assess']])

    // Compare it with another report about a satellite.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click()
    await page.getByLabel('Left article').selectOption({ label: TITLE })
    await page.getByLabel('Right article').selectOption({ label: OTHER })
    await expect(page.getByRole('region', { name: 'Left report' }).getByRole('heading', { name: TITLE })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Right report' }).getByRole('heading', { name: OTHER })).toBeVisible()
    const table = page.getByRole('grid', { name: 'Comparison' })
    await expect(table.getByRole('row').filter({ hasText: CLAIM }).locator('.relation')).toHaveText('only left', { timeout: 30_000 })

    // The page's own code never ran: its inline script would have set these.
    expect(await page.evaluate(() => (window as unknown as { HOSTILE_RAN?: boolean }).HOSTILE_RAN)).toBeUndefined()
    expect(await page.title()).not.toContain('HOSTILE')
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    // Everything the browser asked for was the app's own: its page, bundles, API calls and downloads.
    expect(requests.length).toBeGreaterThan(10)
    expect(requests.filter((url) => !isAppUrl(url))).toEqual([])
    expect(blocked).toEqual([])
    expect(trap.hits).toEqual([])
    expect(dialogs).toEqual([])
    expect(popups).toEqual([])
    expect(context.pages()).toHaveLength(1)
  } finally {
    await trap.close()
  }
})
