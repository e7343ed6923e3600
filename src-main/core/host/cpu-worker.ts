// A thread of the CPU pool (cpu-pool.ts): runs the core's pure CPU tasks, one at a time.
import { runCpuTask, type CpuTask } from './cpu-tasks.ts'

export default function run(task: CpuTask): Promise<unknown> {
  return runCpuTask(task)
}
