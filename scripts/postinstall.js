// After npm install: build the `workbench` command's bundle, fetch Electron's binary when the network
// allows, and build the database driver for it. Never fails the install: without Electron the app runs in
// browser mode (npm start says so), and a command without its bundle builds it at its first start.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildCliBundle } from './cli-bundle.js'
import { electronPackageDir, findElectron } from './electron-binary.js'
import { buildElectronNative, OUTPUT } from './electron-native.js'

function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return
  if ('path' in findElectron()) return
  // electron's own install script is disabled in package.json (allowScripts), so that an
  // offline install still succeeds; run it here and tolerate failure.
  const r = spawnSync(process.execPath, [join(electronPackageDir(), 'install.js')], { stdio: 'pipe', timeout: 10 * 60 * 1000 })
  if (r.status !== 0) {
    const why = (r.stderr?.toString() ?? '').split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status}`
    console.log(`analyst-workbench: Electron's binary could not be downloaded (${why.trim()}). \`npm start\` will use browser mode.`)
  }
}

try {
  tryDownloadElectron()
  if ('path' in findElectron() && !existsSync(OUTPUT)) {
    try {
      buildElectronNative({ quiet: true })
      console.log('analyst-workbench: built the database driver for Electron.')
    } catch (err) {
      console.log(
        `analyst-workbench: could not build the database driver for Electron (${err.message}). Run \`npm run rebuild:electron\` when online.`
      )
    }
  }
} catch (err) {
  console.log(`analyst-workbench: postinstall skipped Electron setup: ${err.message}`)
}

try {
  await buildCliBundle()
} catch (err) {
  console.log(`analyst-workbench: the workbench command was not built now (${err.message}); it builds itself at its first start.`)
}
