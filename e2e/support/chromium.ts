import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Debian's Chromium: $CHROMIUM_PATH, else `chromium` on PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim()
      if (found) return found
    } catch {
      // try the next name
    }
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.')
}

/** How the tests and the bench's renderer part run it: headless, offline-quiet, the same window size. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
export const VIEWPORT = { width: 1400, height: 860 }
