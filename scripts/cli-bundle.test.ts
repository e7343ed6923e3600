import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = join(import.meta.dirname, '..')

/** A copy of the app (its sources, scripts and data; node_modules linked) where sources can be changed freely. */
function appCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-cli-bundle-'))
  for (const part of ['src-main', 'scripts', 'bin', 'migrations', 'resources', 'package.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

async function workbench(app: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(app, 'bin', 'workbench.js'), ...args], {
      env: { ...process.env, WORKBENCH_DB: '' }
    })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const current = (app: string): string => (JSON.parse(readFileSync(join(app, 'out', 'cli', 'current.json'), 'utf8')) as { dir: string }).dir

describe('the workbench command runs a prebuilt bundle', { timeout: 60_000 }, () => {
  const app = appCopy()
  afterAll(() => rmSync(app, { recursive: true, force: true }))
  const db = join(app, 'w.sqlite')

  it('builds the bundle when it is missing, then starts from it without building again', async () => {
    const first = await workbench(app, ['list', '--db', db, '--no-samples', '--json'])
    expect(first).toMatchObject({ code: 0, stdout: '[]\n', stderr: '' })
    const built = current(app)
    expect(readdirSync(join(app, 'out', 'cli', built))).toContain('main.js')
    expect((await workbench(app, ['list', '--db', db, '--json'])).code).toBe(0)
    expect(current(app)).toBe(built)
  })

  it('rebuilds a stale bundle after a source changes, and the change takes effect', async () => {
    const before = current(app)
    const main = join(app, 'src-main', 'cli', 'main.ts')
    writeFileSync(
      main,
      readFileSync(main, 'utf8').replace("'Analyst Workbench: import reports", "'Analyst Workbench (changed): import reports")
    )
    const later = new Date(Date.now() + 5000)
    utimesSync(main, later, later)
    const help = await workbench(app, ['--help'])
    expect(help.stdout).toContain('Analyst Workbench (changed)')
    expect(current(app)).not.toBe(before)
  })

  it('explains sources that do not build, with the file and line, instead of a stack trace', async () => {
    const broken = join(app, 'src-main', 'cli', 'options.ts')
    writeFileSync(broken, readFileSync(broken, 'utf8') + '\nexport const = oops\n')
    const later = new Date(Date.now() + 10_000)
    utimesSync(broken, later, later)
    const r = await workbench(app, ['list', '--db', db])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^workbench: the command could not be built from its sources: .*src-main\/cli\/options\.ts:\d+: /)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
