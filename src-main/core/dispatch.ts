import { z } from 'zod'
import { calls, type CallName, type Envelope } from '../contract/index.ts'
import type { CoreContext } from './context.ts'
import { toWorkbenchError } from './db/sqlite-errors.ts'
import { handlers } from './handlers/index.ts'
import { decoded } from './host/encoded-json.ts'

export type Dispatch = (name: unknown, input: unknown) => Promise<Envelope<unknown>>

export { toWorkbenchError }

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
        error: {
          code: 'invalid_input',
          message: `Invalid input for ${name}: ${z.prettifyError(parsed.error)}`,
          details: parsed.error.issues.slice(0, 20)
        }
      }
    }
    try {
      const handler = handlers[name] as (c: CoreContext, i: unknown) => unknown
      const value = await handler(ctx, parsed.data)
      if (opts.checkOutput) spec.output.parse(decoded(value))
      return { ok: true, value }
    } catch (err) {
      return { ok: false, error: toWorkbenchError(err).toWire() }
    }
  }
}
