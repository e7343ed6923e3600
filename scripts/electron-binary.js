// Where Electron's binary is, or why there is none. Used by start and postinstall.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export function electronPackageDir() {
  return dirname(require.resolve('electron/package.json'))
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')).version
}

/** @returns {{ path: string } | { reason: string }} */
export function findElectron() {
  let dir
  try {
    dir = electronPackageDir()
  } catch {
    return { reason: 'the electron package is not installed' }
  }
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile))
    return { reason: `the Electron ${electronVersion()} binary was never downloaded (no network to its release server during npm install)` }
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  if (!existsSync(path)) return { reason: `the Electron binary is missing at ${path}` }
  return { path }
}
