// `npm run package [-- electron-builder flags]`: builds the app and packages it with electron-builder
// (electron-builder.config.ts: asar, fuses from src-main/shell/fuses-options.ts) into release/.
// Needs what only a machine with access to Electron's servers has: the Electron-ABI database driver
// (`npm run rebuild:electron`) and the Electron zip electron-builder downloads for each platform.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OUTPUT } from './electron-native.js'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)

if (!existsSync(OUTPUT)) {
  console.error(`package: ${OUTPUT} is missing; run \`npm run rebuild:electron\` (needs Electron's headers) first.`)
  process.exit(1)
}
for (const [cmd, args] of [
  [bin('electron-vite'), ['build']],
  [bin('electron-builder'), ['--config', 'electron-builder.config.ts', ...process.argv.slice(2)]]
]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
