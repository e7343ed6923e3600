import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import packagingConfig from '../../electron-builder.config.ts'
import { ELECTRON_FUSES } from './fuses-options.ts'

// electron-builder's own code, as `npm run package` runs it.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'))
const { PlatformPackager } = fromBuilder('app-builder-lib') as { PlatformPackager: { prototype: object } }
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add: () => void }) => Promise<void>
}

// The fuse wire as Electron ships it: a sentinel, the wire version (1), its length, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges'
] as const
const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)
// Electron's defaults: the permissive settings the packaged app must not keep.
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]

function fakeElectronBinary(file: string): void {
  const head = Buffer.alloc(4096, 0x90)
  writeFileSync(file, Buffer.concat([head, Buffer.from(SENTINEL), Buffer.from([1, FUSE_ORDER.length, ...ELECTRON_DEFAULTS]), head]))
}

function readFuses(file: string): Record<(typeof FUSE_ORDER)[number], boolean> {
  const bytes = readFileSync(file)
  const wire = bytes.indexOf(SENTINEL) + SENTINEL.length
  expect(bytes[wire]).toBe(1)
  return Object.fromEntries(FUSE_ORDER.map((name, i) => [name, bytes[wire + 2 + i] === ON])) as Record<(typeof FUSE_ORDER)[number], boolean>
}

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('Electron fuses of the packaged app', () => {
  it('turns off every way to run the binary as something else, and locks the app to its asar', () => {
    expect(ELECTRON_FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
    expect(Object.isFrozen(ELECTRON_FUSES)).toBe(true)
  })

  it('is what the packaging config hands to electron-builder, with the app packed in an asar', () => {
    expect(packagingConfig.electronFuses).toBe(ELECTRON_FUSES)
    // onlyLoadAppFromAsar needs the app inside app.asar.
    expect(packagingConfig.asar).toBe(true)
    expect(packagingConfig.files).toEqual(expect.arrayContaining(['out/**/*', 'migrations/**/*', 'resources/**/*']))
  })

  it("passes electron-builder's own validation of the config, which rejects a misspelt fuse", async () => {
    const quiet = { isEnabled: false, add: () => {} }
    await expect(validateConfiguration(packagingConfig, quiet)).resolves.toBeUndefined()
    const misspelt = { ...packagingConfig, electronFuses: { ...ELECTRON_FUSES, runAsnode: false } }
    await expect(validateConfiguration(misspelt, quiet)).rejects.toThrow(/configuration.electronFuses/)
  })

  it("electron-builder's fuse step flips an Electron binary's defaults to these settings", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuses-'))
    dirs.push(dir)
    const exe = join(dir, 'Analyst Workbench.exe')
    fakeElectronBinary(exe)
    expect(readFuses(exe)).toMatchObject({ runAsNode: true, enableNodeOptionsEnvironmentVariable: true, onlyLoadAppFromAsar: false })

    // The step electron-builder runs after packing and before signing (PlatformPackager.doAddElectronFuses).
    const packager = Object.create(PlatformPackager.prototype, {
      info: { value: { config: packagingConfig } },
      appInfo: { value: { productFilename: 'Analyst Workbench' } }
    }) as { doAddElectronFuses(ctx: { appOutDir: string; electronPlatformName: string }): Promise<unknown> }
    await packager.doAddElectronFuses({ appOutDir: dir, electronPlatformName: 'win32' })

    expect(readFuses(exe)).toEqual({ ...ELECTRON_FUSES })
  })
})
