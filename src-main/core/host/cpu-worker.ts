// A thread of the CPU pool (cpu-pool.ts): runs the core's pure CPU tasks, one at a time.
import { move } from 'piscina'
import { runCpuTask, type CpuTask } from './cpu-tasks.ts'

/** Encoded results (a comparison as JSON bytes) are handed over to the core's thread, not copied. */
export default async function run(task: CpuTask): Promise<unknown> {
  const result = await runCpuTask(task)
  return result instanceof Uint8Array ? move(result) : result
}
