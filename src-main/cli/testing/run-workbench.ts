import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { appRoot } from '../../core/app-root.ts'

const run = promisify(execFile)
const bin = join(appRoot(), 'bin', 'workbench.js')

/** Runs the real `workbench` command as a user would, with no database from the environment. */
export async function workbench(args: string[], opts: { cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: opts.cwd, env: { ...process.env, WORKBENCH_DB: '' } })
    return { code: 0, stdout, stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
