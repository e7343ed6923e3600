/** One Chrome trace event (the fields this file reads). */
interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  args?: { name?: string }
}

/** Names Chrome gives a task run by a thread's scheduler (older and newer builds). */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork'])

/** The longest task, in milliseconds, on any renderer main thread (CrRendererMain) of a Chrome trace. */
export function longestMainThreadTask(trace: Buffer | string): number {
  const parsed = JSON.parse(String(trace)) as { traceEvents: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
  )
  if (main.size === 0) throw new Error('the trace has no renderer main thread')
  let longest = 0
  let tasks = 0
  for (const e of events) {
    if (e.ph === 'X' && TASK_NAMES.has(e.name) && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`)) {
      tasks++
      longest = Math.max(longest, e.dur / 1000)
    }
  }
  if (tasks === 0) throw new Error('the trace holds no main-thread tasks (were the toplevel categories recorded?)')
  return longest
}
