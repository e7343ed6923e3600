// Builds out/ (electron-vite) when it is missing or older than the sources.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json']

function newest(path) {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  let m = 0
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)))
  return m
}

export function isBuildFresh() {
  const outs = OUTPUTS.map((p) => join(root, p))
  if (!outs.every(existsSync)) return false
  const built = Math.min(...outs.map((p) => statSync(p).mtimeMs))
  return SOURCES.every((s) => !existsSync(join(root, s)) || newest(join(root, s)) <= built)
}

export function ensureBuilt() {
  if (isBuildFresh()) return
  console.error('Building the app (electron-vite build)…')
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (r.status !== 0) throw new Error(`electron-vite build failed (exit ${r.status})`)
}
