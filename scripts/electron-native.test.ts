import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JS build script
import { verifyElectronAbi } from './electron-native.js'

const require = createRequire(import.meta.url)
const nodeBuild = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node')

describe('the Electron database-driver build check', () => {
  it('rejects a driver built for Node (the "successful rebuild" trap)', () => {
    expect(() => verifyElectronAbi(nodeBuild, '145')).toThrow(/built for Node/)
  })

  it('rejects a file that is no native module at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'native-'))
    const junk = join(dir, 'better_sqlite3.node')
    writeFileSync(junk, 'not a shared library')
    expect(() => verifyElectronAbi(junk, '145')).toThrow(/not an Electron build/)
    rmSync(dir, { recursive: true })
  })
})
