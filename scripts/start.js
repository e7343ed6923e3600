// `npm start`: the desktop app where Electron's binary exists; otherwise say why
// in one line and serve the same app in browser mode.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectron } from './electron-binary.js'
import { buildElectronNative, OUTPUT } from './electron-native.js'
import { ensureBuilt } from './ensure-build.js'
import { serveBrowserMode } from './serve.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function electronUnusable() {
  if (process.env.WORKBENCH_BROWSER_MODE) return 'WORKBENCH_BROWSER_MODE is set'
  const found = findElectron()
  if ('reason' in found) return found.reason
  if (!existsSync(OUTPUT)) {
    try {
      console.error('Building the database driver for Electron (once)…')
      buildElectronNative()
    } catch (err) {
      return `the database driver could not be built for Electron: ${err.message}`
    }
  }
  return null
}

const reason = electronUnusable()
if (reason) {
  console.log(`Analyst Workbench: not starting the desktop app because ${reason}; starting browser mode instead.`)
  serveBrowserMode(args)
} else {
  ensureBuilt()
  const child = spawn(findElectron().path, [root, ...args], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
