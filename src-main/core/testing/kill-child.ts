import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/** When to kill: `delayMs` after the start of the process, or after its {"event":"ready"} line. */
export interface KillPlan {
  after: 'spawn' | 'ready'
  delayMs: number
}

export interface ChildOutcome {
  /** true when SIGKILL ended the process (false: it finished first) */
  killed: boolean
  exitCode: number | null
  /** every JSON line the child printed, in order */
  events: Record<string, unknown>[]
  stderr: string
  /** ms from spawn to the ready line, when there was one */
  readyMs?: number
  /** ms from spawn to exit */
  totalMs: number
}

/**
 * Runs a bundled child script with `node` and kills it with SIGKILL at the
 * planned moment (no chance to clean up: as a crash or a power cut would end it,
 * minus the loss of the OS's write cache). Resolves once the process is gone and
 * all it printed has been read.
 */
export function runAndKill(script: string, args: string[], plan: KillPlan | null): Promise<ChildOutcome> {
  const started = performance.now()
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const events: Record<string, unknown>[] = []
  let stderr = ''
  let readyMs: number | undefined
  let timer: NodeJS.Timeout | undefined
  const kill = (): void => {
    timer = setTimeout(() => child.kill('SIGKILL'), plan!.delayMs)
  }
  if (plan?.after === 'spawn') kill()
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  createInterface({ input: child.stdout }).on('line', (line) => {
    let event: Record<string, unknown>
    try {
      event = JSON.parse(line) as Record<string, unknown>
    } catch {
      event = { event: 'unparsed', line }
    }
    events.push(event)
    if (event.event === 'ready' && readyMs === undefined) {
      readyMs = performance.now() - started
      if (plan?.after === 'ready') kill()
    }
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ killed: signal === 'SIGKILL', exitCode: code, events, stderr, readyMs, totalMs: performance.now() - started })
    })
  })
}
