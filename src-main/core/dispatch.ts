import { z } from 'zod'
import { calls, type CallName, type Envelope, WorkbenchError, type ErrorCode } from '../contract/index.ts'
import type { CoreContext } from './context.ts'
import { handlers } from './handlers/index.ts'

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>

const SQLITE_CODES: Record<string, [ErrorCode, string]> = {
  SQLITE_BUSY: ['busy', 'The database is busy (another program is writing to it). Try again in a moment.'],
  SQLITE_LOCKED: ['busy', 'The database is locked by another program. Try again in a moment.'],
  SQLITE_READONLY: ['read_only', 'The database file is read-only, so nothing can be saved. Check its permissions.'],
  SQLITE_FULL: ['disk_full', 'The disk is full, so nothing could be saved. Free some space and try again.'],
  SQLITE_CONSTRAINT: ['conflict', 'That change would break a rule of the data']
}

/** Turns anything thrown by a handler into a typed wire error. */
export function toWorkbenchError(err: unknown): WorkbenchError {
  if (err instanceof WorkbenchError) return err
  const code = String((err as { code?: unknown })?.code ?? '')
  for (const [prefix, [kind, message]] of Object.entries(SQLITE_CODES)) {
    if (code.startsWith(prefix)) return new WorkbenchError(kind, kind === 'conflict' ? `${message}: ${(err as Error).message}` : message)
  }
  return new WorkbenchError('internal', `Internal error: ${err instanceof Error ? err.message : String(err)}`)
}

const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(calls, name)

/**
 * The single entry to the core for every transport: looks up the call, validates
 * the input with its schema, runs its handler, and returns a typed result or a
 * typed error. It never throws.
 */
export function createDispatcher(ctx: CoreContext, opts: { checkOutput?: boolean } = {}): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : typeof name
      return { ok: false, error: { code: 'unknown_call', message: `There is no call named ${shown}.` } }
    }
    const spec = calls[name]
    const parsed = spec.input.safeParse(input ?? {})
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: `Invalid input for ${name}: ${z.prettifyError(parsed.error)}`, details: parsed.error.issues.slice(0, 20) }
      }
    }
    try {
      const handler = handlers[name] as (c: CoreContext, i: unknown) => unknown
      const value = await handler(ctx, parsed.data)
      if (opts.checkOutput) spec.output.parse(value)
      return { ok: true, value }
    } catch (err) {
      return { ok: false, error: toWorkbenchError(err).toWire() }
    }
  }
}
