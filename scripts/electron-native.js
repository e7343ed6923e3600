// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the
// node_modules build (Node's ABI: tests, CLI, browser mode) alone. Needs the
// internet once (Electron's headers). Verifies the result really is an
// Electron build: a Node-ABI file would load in Node, an Electron one must not.
import { cpSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { electronPackageDir, electronVersion } from './electron-binary.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
export const OUTPUT = join(root, '.electron-native', 'better_sqlite3.node')

function nodeGypScript() {
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) return process.env.npm_config_node_gyp
  const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  if (existsSync(bundled)) return bundled
  return require.resolve('node-gyp/bin/node-gyp.js')
}

/** Throws unless `file` is a native module for Electron's ABI (and not Node's). */
export function verifyElectronAbi(file, abi = readFileSync(join(electronPackageDir(), 'abi_version'), 'utf8').trim()) {
  try {
    process.dlopen({ exports: {} }, file)
  } catch (err) {
    const m = /NODE_MODULE_VERSION (\d+)/.exec(err.message)
    if (m && m[1] === abi) return
    throw new Error(`${file} is not an Electron build (expected NODE_MODULE_VERSION ${abi}): ${err.message.split('\n')[0]}`, { cause: err })
  }
  throw new Error(`${file} loads in Node ${process.version}, so it was built for Node, not Electron (NODE_MODULE_VERSION ${abi}).`)
}

export function buildElectronNative({ quiet = false } = {}) {
  const version = electronVersion()
  const source = dirname(require.resolve('better-sqlite3/package.json'))
  const work = join(root, '.electron-native', 'better-sqlite3')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  cpSync(source, work, { recursive: true, filter: (p) => !p.startsWith(join(source, 'build')) })
  const env = { ...process.env }
  // npm's own nodedir setting would make node-gyp build against Node's headers: the trap.
  for (const k of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(k)) delete env[k]
  const args = [
    nodeGypScript(),
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${version}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers'
  ]
  const r = spawnSync(process.execPath, args, { cwd: work, env, stdio: quiet ? 'pipe' : 'inherit' })
  if (r.status !== 0) throw new Error(`node-gyp could not build better-sqlite3 for Electron ${version} (exit ${r.status}).`)
  const built = join(work, 'build', 'Release', 'better_sqlite3.node')
  verifyElectronAbi(built)
  copyFileSync(built, OUTPUT)
  rmSync(work, { recursive: true, force: true })
  return OUTPUT
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Built ${buildElectronNative()} for Electron ${electronVersion()}.`)
  } catch (err) {
    console.error(`electron-native: ${err.message}`)
    process.exit(1)
  }
}
