import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cached: string | undefined

/**
 * The folder holding the app's package.json (and beside it migrations/ and resources/).
 * Found by walking up from this module, so it works from the TypeScript sources (tsx,
 * vitest) and from the bundled Electron main process alike.
 */
export function appRoot(): string {
  if (cached) return cached
  const override = process.env.WORKBENCH_APP_ROOT
  if (override) return (cached = override)
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'analyst-workbench') return (cached = dir)
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error('Analyst Workbench: cannot find the app folder (package.json) above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
}

export function appVersion(): string {
  return JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')).version as string
}

export const migrationsDir = (): string => join(appRoot(), 'migrations')
export const resourcesDir = (): string => join(appRoot(), 'resources')
