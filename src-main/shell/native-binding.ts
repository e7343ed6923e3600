import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { appRoot } from '../core/app-root.ts'

/**
 * better-sqlite3 built for Electron's ABI, kept apart from node_modules (whose
 * build serves Node: tests and the CLI). Made by scripts/electron-native.js.
 */
export function electronNativeBinding(): string | undefined {
  const file = join(appRoot(), '.electron-native', 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}
