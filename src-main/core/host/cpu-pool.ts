import { availableParallelism } from 'node:os'
import type { ResourceLimits } from 'node:worker_threads'
import { Piscina } from 'piscina'
import { WorkbenchError } from '../../contract/errors.ts'
import { runCpuTask, type CpuResult, type CpuTask } from './cpu-tasks.ts'
import { workerModule, type WorkerModule } from './worker-module.ts'

/** Runs the core's CPU tasks: on a pool of worker threads in the app, in this thread where nothing else waits (CLI). */
export interface CpuRunner {
  run<T extends CpuTask>(task: T): Promise<CpuResult<T['kind']>>
  /** how many tasks it runs at once */
  readonly threads: number
  close(): Promise<void>
}

/** In this thread: for one-shot commands, where a pool's start-up would cost more than it saves. */
export const inlineCpu: CpuRunner = {
  run: (task) => runCpuTask(task) as never,
  threads: 1,
  close: async () => undefined
}

export interface CpuPoolOptions {
  threads?: number
  /** the worker's module (default: cpu-worker beside this file; tests give one that crashes) */
  module?: WorkerModule
  /** per thread; a task past them ends its thread (ERR_WORKER_OUT_OF_MEMORY), not the app */
  resourceLimits?: ResourceLimits
}

const WHAT: Record<CpuTask['kind'], string> = {
  parse: 'reading the file',
  suggest: 'suggesting claims',
  compareParse: 'comparing',
  compare: 'comparing',
  compareJson: 'comparing',
  compareCsv: 'comparing'
}

/** Why a worker thread ended, in words (its own errors pass through as they are). */
function failure(task: CpuTask, err: unknown): WorkbenchError {
  const code = (err as { code?: string }).code
  const message = String((err as Error).message)
  const stopped = /exited|terminated/i.test(message) ? 'stopped unexpectedly' : `failed (${message})`
  const why = code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : stopped
  const text = `The worker thread ${WHAT[task.kind]} ${why}; it was restarted, so the call can be tried again.`
  return new WorkbenchError('worker_failed', text, { code })
}

/**
 * A pool of worker threads (piscina) for the CPU tasks, so the core's own thread keeps answering status calls
 * and edits while they run. Threads start on first use and run at a lower priority than the core; the first stays
 * for the life of the pool (its language tools loaded and its code compiled hot: a comparison after a pause is not a
 * cold thread's, which loads compromise and chrono again), the others a minute after their last task. A thread that
 * crashes or runs out of memory is replaced; its task's caller gets a `worker_failed` error. Errors the task itself
 * throws come back as themselves.
 */
export class CpuPool implements CpuRunner {
  private pool: Piscina | undefined
  private closed = false

  constructor(private readonly options: CpuPoolOptions = {}) {}

  /** one core left to the core's thread (and the window): on two cores a single worker thread */
  get threads(): number {
    return this.options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1))
  }

  private get piscina(): Piscina {
    if (this.closed) throw new WorkbenchError('internal', 'The CPU pool is closed.')
    if (!this.pool) {
      const module = this.options.module ?? workerModule('cpu-worker')
      this.pool = new Piscina({
        filename: module.filename,
        workerData: module.workerData,
        minThreads: 1,
        maxThreads: this.threads,
        idleTimeout: 60_000,
        niceIncrement: process.platform === 'linux' ? 5 : 0,
        resourceLimits: this.options.resourceLimits ?? { maxOldGenerationSizeMb: 2048 }
      })
    }
    return this.pool
  }

  async run<T extends CpuTask>(task: T): Promise<CpuResult<T['kind']>> {
    const pool = this.piscina
    try {
      return (await pool.run(task)) as CpuResult<T['kind']>
    } catch (err) {
      const code = (err as { code?: unknown }).code
      if (typeof code === 'string' && code.startsWith('ERR_WORKER')) throw failure(task, err)
      if (err instanceof Error && /worker (exited|terminated)|Terminating worker thread/i.test(err.message)) throw failure(task, err)
      throw err
    }
  }

  async close(): Promise<void> {
    this.closed = true
    await this.pool?.destroy()
  }
}
