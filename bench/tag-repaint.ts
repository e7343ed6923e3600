// tag_repaint_p95_ms: in the page, a tag key (1/2/3) pressed on the selected claim of the open article, from the
// keydown event to the first frame in which that claim's row shows the new tag, the core has answered the save and
// every read the app started because of it (the refreshes after a save) has come back. The whole path: the key's
// handler, the optimistic row, the HTTP call, the commit (synchronous=FULL), the refreshes and their repaint.
import Sqlite from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { quantile, median } from './stats.ts'

export interface TagRepaint {
  tag_repaint_p95_ms: number
  tag_repaint_median_ms: number
}

declare global {
  interface Window {
    __tagRepaint?: { inFlight: number; updatedAt: number; done: number[] }
  }
}

/** Installed before the app's scripts: counts the page's calls in flight and notes when a claims.update answer arrives. */
export function watchCalls(): void {
  const state = { inFlight: 0, updatedAt: -1, done: [] as number[] }
  window.__tagRepaint = state
  const original = window.fetch.bind(window)
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    state.inFlight++
    try {
      return await original(input, init)
    } finally {
      state.inFlight--
      if (url.includes('/api/claims.update')) state.updatedAt = performance.now()
    }
  }
}

const KEYS: Record<string, string> = { evidence: '1', assess: '2', 'do not yet know': '3' }
const NEXT: Record<string, string> = { evidence: 'assess', assess: 'do not yet know', 'do not yet know': 'evidence' }

/** Presses the key for `want` and resolves with the keydown → repainted-and-settled time measured in the page. */
async function retag(page: Page, claimId: number, want: string): Promise<number> {
  await page.evaluate(
    ({ claimId, want }) => {
      const state = window.__tagRepaint!
      document.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp
          const shows = (): boolean => {
            const cell = document.querySelector(
              `section[aria-label="Claims pane"] [role="row"][data-claim-id="${claimId}"] [role="gridcell"].col-confidence`
            )
            const select = cell?.querySelector('select')
            return select ? select.value === want : (cell?.textContent ?? '').includes(want)
          }
          const check = (): void => {
            if (shows() && state.updatedAt > t0 && state.inFlight === 0) state.done.push(performance.now() - t0)
            else requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        },
        { capture: true, once: true }
      )
    },
    { claimId, want }
  )
  const before = await page.evaluate(() => window.__tagRepaint!.done.length)
  await page.keyboard.press(KEYS[want]!)
  const done = await page.waitForFunction((n) => window.__tagRepaint!.done.length > n && window.__tagRepaint!.done.at(-1), before)
  return (await done.jsonValue()) as number
}

/**
 * Selects the open article's first claim and retags it `count` times (after a few unmeasured presses), cycling
 * evidence → assess → do not yet know. Checks the database has the last tag: the repaint was of a committed value.
 */
export async function measureTagRepaint(page: Page, dbPath: string, count: number): Promise<TagRepaint> {
  const row = page
    .getByRole('region', { name: 'Claims pane' })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .first()
  const claimId = Number(await row.getAttribute('data-claim-id'))
  await row.getByRole('gridcell').first().click()
  const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true })
  try {
    const stored = db.prepare('SELECT confidence FROM claims WHERE id = ?').pluck()
    let tag = NEXT[(stored.get(claimId) as string | null) ?? 'do not yet know']!
    const times: number[] = []
    const warmUp = 3
    for (let i = 0; i < count + warmUp; i++) {
      const ms = await retag(page, claimId, tag)
      if (i >= warmUp) times.push(ms)
      if (stored.get(claimId) !== tag) throw new Error(`claim ${claimId} shows ${tag} but the database has ${String(stored.get(claimId))}`)
      tag = NEXT[tag]!
    }
    return { tag_repaint_p95_ms: quantile(times, 0.95), tag_repaint_median_ms: median(times) }
  } finally {
    db.close()
  }
}
