// The `workbench` command's prebuilt bundle: src-main/cli bundled by esbuild into out/cli/<build>/, so a
// command starts without compiling TypeScript. Built by `npm install` (postinstall) and rebuilt by
// bin/workbench.js when the sources changed since. Each build goes to its own folder and out/cli/current.json
// names the newest (written by rename, so concurrent starts never see half a build).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outRoot = join(root, 'out', 'cli')
const manifest = join(outRoot, 'current.json')
/** What the bundle is made of: a change to any of these makes it stale. */
const SOURCES = [join(root, 'src-main'), join(root, 'package.json')]
/** Dependencies bundled in (many small ES modules, slow to resolve one by one); every other package stays a plain import. */
const BUNDLED = new Set(['zod', 'kysely', 'commander'])

function newestMtime(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

export const sourceStamp = () => Math.max(...SOURCES.map(newestMtime))

/** The entry module of the current bundle when it was built from the sources as they are now, else undefined. */
export function freshBundle() {
  let current
  try {
    current = JSON.parse(readFileSync(manifest, 'utf8'))
  } catch {
    return undefined
  }
  const entry = join(outRoot, current.dir, 'main.js')
  return current.stamp === sourceStamp() && existsSync(entry) ? entry : undefined
}

/** Builds the bundle (about a second) and makes it the current one; returns its entry module. */
export async function buildCliBundle() {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    throw new Error('the command is not built and esbuild, which builds it, is not installed; run `npm install` in ' + root)
  }
  const stamp = sourceStamp()
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED.has(name))
  const dir = `build-${Date.now()}-${process.pid}`
  const outdir = join(outRoot, dir)
  const result = await esbuild
    .build({
      // the core's threads (`workbench serve`) start these files, found beside the code that starts them
      entryPoints: {
        main: join(root, 'src-main', 'cli', 'main.ts'),
        'core-worker': join(root, 'src-main', 'host', 'core-worker.ts'),
        'cpu-worker': join(root, 'src-main', 'core', 'host', 'cpu-worker.ts'),
        'integrity-worker': join(root, 'src-main', 'core', 'db', 'integrity-worker.ts')
      },
      bundle: true,
      splitting: true, // what the commands load on first use (compare's language tools) stays out of every start
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outdir,
      external,
      // the bundled CommonJS packages (commander) require Node's modules
      banner: {
        js: "import { createRequire as __workbenchRequire } from 'node:module'; const require = __workbenchRequire(import.meta.url);"
      },
      logLevel: 'silent'
    })
    .catch((err) => {
      const first = err.errors?.[0]
      const where = first?.location ? `${first.location.file}:${first.location.line}: ` : ''
      throw new Error(`the command could not be built from its sources: ${where}${first?.text ?? err.message}`)
    })
  if (result.errors.length) throw new Error(`the command could not be built: ${result.errors[0].text}`)
  mkdirSync(outRoot, { recursive: true })
  const temp = `${manifest}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify({ dir, stamp }))
  renameSync(temp, manifest)
  removeOldBuilds(dir)
  return join(outdir, 'main.js')
}

/**
 * Older builds go once they are an hour old, the three newest always stay: a `workbench serve` started from one loads
 * its chunks lazily (an import's parser, the suggester), and an edit that rebuilt the bundle while it ran made its
 * next import fail with "Cannot find module …/build-…/formats-….js".
 */
const KEEP_BUILDS = 3
const KEEP_MS = 60 * 60 * 1000
function removeOldBuilds(keep) {
  const builds = readdirSync(outRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== keep && e.name.startsWith('build-'))
    .map((e) => ({ full: join(outRoot, e.name), mtime: statSync(join(outRoot, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
  for (const b of builds.slice(KEEP_BUILDS - 1)) if (Date.now() - b.mtime > KEEP_MS) rmSync(b.full, { recursive: true, force: true })
}

// `node scripts/cli-bundle.js`: build it now
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCliBundle()
