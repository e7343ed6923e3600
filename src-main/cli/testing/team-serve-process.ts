import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { appRoot } from '../../core/app-root.ts'

export interface ServeProcess {
  url: string
  port: number
  child: ChildProcess
  /** SIGKILL, and wait until it is gone. */
  kill(): Promise<void>
}

const bin = join(appRoot(), 'bin', 'workbench.js')

/** Spawns a workbench command as its own process (for the ones that run until killed, or are killed on purpose). */
export function spawnWorkbench(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { env: { ...process.env, WORKBENCH_DB: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
}

export const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)))

/** `workbench team serve --pg URL`, resolved once it prints its one line `Team server: http://…`. */
export function startTeamServe(pgUrl: string, port = 0): Promise<ServeProcess> {
  const child = spawnWorkbench(['team', 'serve', '--pg', pgUrl, '--port', String(port)])
  let out = ''
  let err = ''
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /^Team server: (http:\/\/127\.0\.0\.1:(\d+))\n/.exec(out)
      if (m) resolve({ url: m[1]!, port: Number(m[2]), child, kill: async () => void (child.kill('SIGKILL'), await exited(child)) })
    })
    child.once('exit', (code) => reject(new Error(`workbench team serve exited (${code}) before listening: ${out}${err}`)))
  })
}
