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
