import { mkdirSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { buildSync } from 'esbuild'
import { appRoot } from '../app-root.ts'

const built = new Map<string, string>()

/** Left out of the bundle: the native driver, and the parsers the importer loads only for their formats. */
const EXTERNAL = ['better-sqlite3', 'pdfjs-dist', 'mammoth', 'jsdom', 'dompurify', '@mozilla/readability']

/**
 * Bundles a TypeScript child-process script with its packages into one ES
 * module, so a child starts in about a third of the time it takes through tsx:
 * crash tests start hundreds of them. The bundle sits under node_modules/.cache
 * so it resolves the packages left out and finds the app root (migrations/) as
 * the sources do. Built once per process, removed when it exits.
 */
export function bundleChildScript(entry: string): string {
  const cached = built.get(entry)
  if (cached) return cached
  const dir = join(appRoot(), 'node_modules', '.cache', 'workbench-children')
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, `${basename(entry, '.ts')}-${process.pid}.mjs`)
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } // for bundled CommonJS packages
  })
  built.set(entry, outfile)
  if (built.size === 1) process.once('exit', () => built.forEach((file) => rmSync(file, { force: true })))
  return outfile
}
