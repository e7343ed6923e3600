// Browser mode: build if needed, then serve the app on 127.0.0.1 (`workbench serve`).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './ensure-build.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function serveBrowserMode(args) {
  ensureBuilt()
  const child = spawn(process.execPath, [join(root, 'bin', 'workbench.js'), 'serve', ...args], { stdio: 'inherit' })
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serveBrowserMode(process.argv.slice(2))
