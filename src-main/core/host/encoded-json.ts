/**
 * A call's result already encoded as JSON, for a page caller: a comparison of two long reports is hundreds of
 * thousands of objects, and copying them between threads and encoding them again on the thread that serves HTTP
 * stalls it for seconds. The worker that computes the result encodes it once; the core's thread and the
 * bridge pass the bytes along as they are (transports/http.ts writes it; transports/ipc.ts decodes it for Electron).
 */
export class EncodedJson {
  /** UTF-8 JSON in a buffer of its own, so threads hand it over (transfer) instead of copying it */
  constructor(readonly bytes: Uint8Array) {}
}

/** A value as UTF-8 JSON in a fresh buffer (transferable). */
export const encodeJson = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))

/** The value itself, decoded if it came encoded. */
export const decoded = (value: unknown): unknown =>
  value instanceof EncodedJson ? JSON.parse(new TextDecoder().decode(value.bytes)) : value
