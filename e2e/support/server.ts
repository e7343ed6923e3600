import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

export interface RunningServer {
  url: string
  origin: string
  dbPath: string
  dir: string
  stop(): Promise<void>
}

const root = join(import.meta.dirname, '..', '..')

/** Starts `workbench serve` on a fresh database (or the one given) and waits for its URL line. */
export async function startServer(opts: { dbPath?: string; extraArgs?: string[] } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'))
  const dbPath = opts.dbPath ?? join(dir, 'workbench.sqlite')
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'bin', 'workbench.js'), 'serve', '--db', dbPath, ...(opts.extraArgs ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      const m = /^Analyst Workbench: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line)
      if (m) resolve(m[1]!)
    })
    child.once('exit', (code) => reject(new Error(`workbench serve exited (${code}) before printing its URL:\n${stderr}`)))
  })
  return {
    url,
    origin: new URL(url).origin,
    dbPath,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        const force = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(force)
      }
      if (!opts.dbPath) rmSync(dir, { recursive: true, force: true })
    }
  }
}
