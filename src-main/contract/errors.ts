import { z } from 'zod'

/**
 * Every failure that crosses a transport carries one of these codes, so a caller
 * can react to the kind of failure without parsing messages.
 */
export const errorCodes = [
  'invalid_input', // the input did not match the call's schema
  'unknown_call', // no call of that name
  'not_found', // the thing asked for does not exist
  'conflict', // would break a uniqueness or integrity rule
  'rejected', // input understood but refused (bad file, unsupported format)
  'busy', // the database is locked by another writer
  'read_only', // the database file cannot be written
  'disk_full',
  'db_newer', // the database was written by a newer app version
  'db_damaged', // integrity check failed
  'cancelled',
  'unauthorized', // transport-level: token/host/origin refused
  'unreachable', // a server this call needs (the team server) could not be reached
  'worker_failed', // the worker thread running the call crashed or ran out of memory (it is restarted; the call may be retried)
  'internal'
] as const

export type ErrorCode = (typeof errorCodes)[number]

export const errorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional()
})
export type WireError = z.infer<typeof errorSchema>

/** A failure with a code; thrown by the core and rebuilt on the client side. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'WorkbenchError'
    this.code = code
    this.details = details
  }

  toWire(): WireError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }

  static fromWire(wire: WireError): WorkbenchError {
    return new WorkbenchError(wire.code, wire.message, wire.details)
  }
}

/** What every transport returns for every call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError }
