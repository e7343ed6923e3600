import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appRoot } from './core/app-root.ts'

const root = appRoot()
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!)
const rel = (f: string) => relative(root, f)

describe('layering', () => {
  const all = [...sources(join(root, 'src-main')), ...sources(join(root, 'src-renderer'))]

  it('imports electron only in src-main/shell/', () => {
    const offenders = all.filter(
      (f) => !rel(f).startsWith('src-main/shell/') && importsOf(f).some((i) => i === 'electron' || i.startsWith('electron/'))
    )
    expect(offenders.map(rel)).toEqual([])
  })

  it('keeps the contract free of node and electron', () => {
    const offenders = sources(join(root, 'src-main', 'contract')).filter((f) =>
      importsOf(f).some((i) => i.startsWith('node:') || i === 'electron' || i === 'better-sqlite3')
    )
    expect(offenders.map(rel)).toEqual([])
  })

  it('keeps the core free of transports, shell and renderer', () => {
    const offenders = sources(join(root, 'src-main', 'core')).filter((f) =>
      importsOf(f).some((i) => /transports|shell|src-renderer|node:http/.test(i))
    )
    expect(offenders.map(rel)).toEqual([])
  })

  it('lets the renderer reach the core only through its api client (types from the contract)', () => {
    const offenders = sources(join(root, 'src-renderer')).filter((f) =>
      importsOf(f).some((i) => i.includes('src-main/') && !i.includes('src-main/contract/'))
    )
    expect(offenders.map(rel)).toEqual([])
  })
})
