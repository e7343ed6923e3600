// The renderer's speeds in Chromium, browser mode (`workbench serve` on the bench
// database), measured inside the page (performance.now(), from the input event or
// navigation to the frame that shows the result), with the main thread's tasks
// taken from a Chrome trace and the JS heap from the DevTools protocol.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath, VIEWPORT } from '../e2e/support/chromium.ts'
import { startServer } from '../e2e/support/server.ts'
// @ts-expect-error plain JS build helper shared with npm start and the e2e setup
import { ensureBuilt } from '../scripts/ensure-build.js'
import { measureTagRepaint, watchCalls } from './tag-repaint.ts'
import { longestMainThreadTask } from './trace-tasks.ts'
import { median } from './stats.ts'

export interface RendererMetrics {
  /** navigation → library rows, the first article's text and its claims on screen (10k articles) */
  interactive_ms: number
  /** "All claims" clicked → the 100k-claim grid on screen (its first rows read from the core, and its count) */
  claims_view_ms: number
  /** a keystroke in the "All claims" filter → the filtered rows on screen (median over keystrokes) */
  filter_ms: number
  filter_max_ms: number
  /** the same keystroke → the filter's count on screen (it follows the rows) */
  filter_count_ms: number
  /** longest main-thread task while scrolling and filtering the 100k-claim grid */
  longest_task_ms: number
  /** JS heap in use after a garbage collection, with the 100k-claim view open */
  heap_mb: number
  /** a tag key on the open article's selected claim → its row repainted, the save and its refreshes done (p95) */
  tag_repaint_p95_ms: number
  tag_repaint_median_ms: number
  /** the browser's version */
  chromium: string
}

export interface RendererOptions {
  dbPath: string
  articles: number
  claims: number
  /** each word is typed a key at a time into the filter, then cleared */
  filterWords: string[]
  /** claims the core's query finds for a filter text (the expected row count) */
  countFor: (text: string) => number
  runs: number
  scrollSteps: number
  /** tag keys pressed for tag_repaint_p95_ms */
  tagPresses: number
}

const LONG = 180_000

declare global {
  interface Window {
    __bench?: {
      interactiveAt?: number
      claimsViewMs?: number
      filter: { expected: Record<string, number>; done: { value: string; ms: number; countMs: number }[] }
    }
  }
}

/** Installed before the app's scripts: notes when the page first shows library rows, the first article and its claims. */
function watchInteractive(articles: number): void {
  window.__bench = { filter: { expected: {}, done: [] } }
  const check = (): void => {
    const library = document.querySelector('[role="grid"][aria-label="Library"]')
    const title = document.querySelector('section[aria-label="Source text"] .reader-title')
    const claim = document.querySelector('section[aria-label="Claims pane"] [data-claim-id]')
    if (
      library?.getAttribute('aria-rowcount') === String(articles + 1) &&
      library.querySelector('tbody tr[aria-rowindex]') &&
      title?.textContent &&
      claim
    ) {
      window.__bench!.interactiveAt = performance.now()
    } else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/** Times each change of the "Filter claims" box from its input event to the frame whose grid has the expected rows. */
function watchFilter(): void {
  document.addEventListener(
    'input',
    (e) => {
      const input = e.target as HTMLInputElement
      if (input.getAttribute?.('aria-label') !== 'Filter claims') return
      const value = input.value
      const t0 = e.timeStamp
      const want = window.__bench!.filter.expected[value.trim().toLowerCase()]
      const grid = document.querySelector('section[aria-label="All claims"] [role="grid"]')
      // the grid's rows come from the core a window at a time, then their count: the rows are updated when the grid is
      // no longer busy (its rows are this filter's) and shows one (or none is expected); counted when aria-rowcount says so
      let rowsMs: number | undefined
      const check = (): void => {
        if (input.value !== value) return // superseded by the next keystroke
        if (want === undefined || !grid) return void requestAnimationFrame(check)
        const shown = grid.getAttribute('aria-busy') !== 'true' && (want === 0 || grid.querySelector('[data-claim-id]'))
        if (rowsMs === undefined && shown) rowsMs = performance.now() - t0
        if (rowsMs !== undefined && grid.getAttribute('aria-rowcount') === String(want + 1))
          window.__bench!.filter.done.push({ value, ms: rowsMs, countMs: performance.now() - t0 })
        else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    },
    true
  )
}

/**
 * A browser context for measuring. The bench runs under tsx, whose compiler wraps
 * named inner functions in `__name(…)`; functions sent to the page keep those
 * calls, so the page gets an `__name` that does nothing.
 */
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f' })
  return context
}

async function interactiveOnce(browser: Browser, url: string, articles: number): Promise<number> {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    await page.addInitScript(watchInteractive, articles)
    await page.goto(url)
    const at = await page.waitForFunction(() => window.__bench?.interactiveAt, null, { timeout: LONG })
    return (await at.jsonValue()) as number
  } finally {
    await context.close()
  }
}

const allClaimsGrid = (page: Page) => page.getByRole('region', { name: 'All claims' }).getByRole('grid', { name: 'Claims' })

/** Clicks "All claims" and times click → grid with every claim and its first rows on screen. */
async function openAllClaims(page: Page, claims: number): Promise<number> {
  await page.evaluate((claims) => {
    delete window.__bench!.claimsViewMs
    const button = [...document.querySelectorAll('nav[aria-label="Views"] button')].find((b) => b.textContent?.trim() === 'All claims')!
    button.addEventListener(
      'click',
      (e) => {
        const t0 = e.timeStamp
        const check = (): void => {
          const grid = document.querySelector('section[aria-label="All claims"] [role="grid"]')
          if (grid?.getAttribute('aria-rowcount') === String(claims + 1) && grid.querySelector('[data-claim-id]'))
            window.__bench!.claimsViewMs = performance.now() - t0
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      },
      { once: true }
    )
  }, claims)
  await page.getByRole('button', { name: 'All claims', exact: true }).click()
  return (await (await page.waitForFunction(() => window.__bench!.claimsViewMs, null, { timeout: LONG })).jsonValue()) as number
}

const nextFrame = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())))

async function scrollGrid(page: Page, steps: number): Promise<void> {
  const box = (await allClaimsGrid(page).boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 1200)
    await nextFrame(page)
  }
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, -1200)
    await nextFrame(page)
  }
}

/** Types each word a key at a time (waiting for each key's rows), then clears the box; returns each change's times. */
async function typeFilters(page: Page, words: string[], countFor: (text: string) => number): Promise<{ ms: number; countMs: number }[]> {
  const values = ['', ...words.flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))]
  const expected = Object.fromEntries(values.map((v) => [v, countFor(v)]))
  await page.evaluate((expected) => Object.assign(window.__bench!.filter.expected, expected), expected)
  const box = page.getByRole('searchbox', { name: 'Filter claims' })
  await box.click()
  let changes = 0
  const waitFor = async (n: number): Promise<void> => {
    await page.waitForFunction((n) => window.__bench!.filter.done.length >= n, n, { timeout: LONG })
  }
  for (const word of words) {
    for (const ch of word) {
      await page.keyboard.type(ch)
      await waitFor(++changes)
    }
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.press('Backspace')
    await waitFor(++changes)
  }
  return await page.evaluate(() => window.__bench!.filter.done.map((d) => ({ ms: d.ms, countMs: d.countMs })))
}

async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

export async function measureRenderer(opts: RendererOptions): Promise<RendererMetrics> {
  ensureBuilt()
  const server = await startServer({ dbPath: opts.dbPath })
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
  try {
    await interactiveOnce(browser, server.url, opts.articles) // warm-up: server caches, the browser's code cache
    const interactive: number[] = []
    for (let i = 0; i < opts.runs; i++) interactive.push(await interactiveOnce(browser, server.url, opts.articles))

    const context = await newContext(browser)
    const page = await context.newPage()
    await page.addInitScript(watchInteractive, opts.articles)
    await page.addInitScript(watchFilter)
    await page.addInitScript(watchCalls)
    await page.goto(server.url)
    await page.waitForFunction(() => window.__bench?.interactiveAt, null, { timeout: LONG })
    const tagRepaint = await measureTagRepaint(page, opts.dbPath, opts.tagPresses)

    const claimsView: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Read & annotate' }).click()
      claimsView.push(await openAllClaims(page, opts.claims))
    }
    const heapLoaded = await heapMb(context, page)

    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] })
    await scrollGrid(page, opts.scrollSteps)
    const filters = await typeFilters(page, opts.filterWords, opts.countFor)
    await scrollGrid(page, opts.scrollSteps)
    const trace = await browser.stopTracing()
    const heapAfter = await heapMb(context, page)
    await context.close()

    return {
      interactive_ms: median(interactive),
      claims_view_ms: median(claimsView),
      filter_ms: median(filters.map((f) => f.ms)),
      filter_max_ms: Math.max(...filters.map((f) => f.ms)),
      filter_count_ms: median(filters.map((f) => f.countMs)),
      longest_task_ms: longestMainThreadTask(trace),
      heap_mb: Math.max(heapLoaded, heapAfter),
      ...tagRepaint,
      chromium: browser.version()
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
