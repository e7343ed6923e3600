import { WorkbenchError, type CallName, type InputOf, type OutputOf } from '../contract/index.ts'
import { resolveDbPath } from '../core/db/paths.ts'
import { startCore, type Core } from '../core/core.ts'
import { httpTeamRemote } from '../transports/team-client.ts'

export interface DbOptions {
  db?: string
  samples?: boolean
}

/** Whether a new database gets the sample reports (not with --no-samples or WORKBENCH_NO_SAMPLES). */
export const seedSamples = (opts: DbOptions): boolean => opts.samples !== false && !process.env.WORKBENCH_NO_SAMPLES

/** Opens the shared core for one CLI command: same database rules as the app. */
export function openCore(opts: DbOptions): Promise<Core> {
  return startCore(resolveDbPath(opts.db), { transport: 'direct', seed: seedSamples(opts), teamRemote: httpTeamRemote })
}

/** Calls the core through its dispatcher (so input is validated exactly as for the app) and unwraps the result. */
export async function invoke<N extends CallName>(core: Core, name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = await core.dispatch(name, input)
  if (!result.ok) throw WorkbenchError.fromWire(result.error)
  return result.value as OutputOf<N>
}

export async function withCore<T>(opts: DbOptions, fn: (core: Core) => Promise<T>): Promise<T> {
  const core = await openCore(opts)
  try {
    return await fn(core)
  } finally {
    await core.close()
  }
}

export const printJson = (value: unknown): void => {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

/** Plain-text table for people; --json is for programs. */
export function printTable(rows: Record<string, unknown>[], columns: string[]): void {
  const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v)).replace(/\s+/g, ' ')
  const widths = columns.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))))
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => (v.length > widths[i]! ? v.slice(0, widths[i]! - 1) + '…' : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  process.stdout.write(line(columns) + '\n')
  for (const r of rows) process.stdout.write(line(columns.map((c) => cell(r[c]))) + '\n')
}
