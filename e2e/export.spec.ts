import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { test, expect } from './support/fixtures.ts'
import { addClaim } from './support/api.ts'

test('filter the claims view, export CSV: the file holds exactly the visible rows, in order, formula-safe', async ({ page, server }) => {
  await page.goto(server.url)
  await expect(page.getByRole('grid', { name: 'Library' })).toBeVisible()
  await addClaim(
    page,
    'Pentagon chief',
    'We assess that between early- to mid-October, North Korea moved at least 3,000 soldiers into eastern Russia',
    { confidence: 'assess', attributedTo: 'John Kirby', note: '=HYPERLINK("http://evil")' }
  )
  await addClaim(page, 'Pentagon chief', 'There is evidence that there are DPRK troops in Russia', {
    confidence: 'evidence',
    attributedTo: 'Lloyd Austin'
  })
  await addClaim(
    page,
    'Kyiv says',
    'Ukrainian officials assess that Moscow plans to use the troops mainly in Kursk rather than in occupied Ukrainian territory.',
    { confidence: 'assess', attributedTo: '+Ukrainian officials' }
  )
  await addClaim(
    page,
    'Port strike',
    'Economists at Coastline Bank estimate that the stoppage is costing the regional economy roughly 60 million euros a day',
    { confidence: 'assess', attributedTo: 'Coastline Bank' }
  )
  await addClaim(
    page,
    'Tests confirm',
    'Dr. Oduya said the authority does not yet know how long the boil-water notice will stay in place',
    { confidence: 'do not yet know' }
  )

  await page.getByRole('button', { name: 'All claims' }).click()
  const grid = page.getByRole('grid', { name: 'Claims' })
  await expect(grid.getByRole('row')).toHaveCount(1 + 5)
  await page.getByRole('group', { name: 'Show tags' }).getByRole('button', { name: 'Assess' }).click()
  await grid.getByRole('columnheader', { name: 'Attributed to' }).getByRole('button').click() // sort by speaker
  await expect(grid.getByRole('row')).toHaveCount(1 + 3)
  const shown = await grid
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .evaluateAll((rows) => rows.map((r) => r.querySelector('.col-quote')!.textContent!.trim()))

  const downloading = page.waitForEvent('download')
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Export CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const bytes = readFileSync((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // BOM for Excel
  expect(bytes.toString('utf8')).toContain('\r\n')
  const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[]
  expect(rows.map((r) => r.quote)).toEqual(shown)
  expect(rows.map((r) => r.attributed_to)).toEqual(["'+Ukrainian officials", 'Coastline Bank', 'John Kirby'])
  expect(rows.every((r) => r.confidence === 'assess')).toBe(true)
  expect(rows.find((r) => r.attributed_to === 'John Kirby')!.note).toBe('\'=HYPERLINK("http://evil")')
  await expect(page.getByRole('status').filter({ hasText: 'Exported 3 claims' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/export.png' })
})
