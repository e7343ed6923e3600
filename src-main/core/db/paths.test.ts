import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDbPath, userDataDir } from './paths.ts'

describe('where the database lives', () => {
  it("takes --db first, then WORKBENCH_DB, then the desktop app's own file", () => {
    expect(resolveDbPath('/x/cli.sqlite', { WORKBENCH_DB: '/y/env.sqlite' })).toBe('/x/cli.sqlite')
    expect(resolveDbPath(undefined, { WORKBENCH_DB: '/y/env.sqlite' })).toBe('/y/env.sqlite')
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/home/a/.config' })).toBe(
      join('/home/a/.config', 'Analyst Workbench', 'workbench.sqlite')
    )
  })

  it("matches Electron's userData folder on each platform", () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(join('/cfg', 'Analyst Workbench'))
    expect(userDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('Analyst Workbench')
    expect(userDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support[/\\]Analyst Workbench$/)
  })
})
