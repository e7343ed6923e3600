/**
 * A call's result already encoded as JSON, for a page caller: a comparison of two long reports is hundreds of
 * thousands of objects, and copying them between threads and encoding them again on the thread that serves HTTP
 * stalls it for seconds. The worker that computes the result encodes it once; the core's thread and the
 * bridge pass the text along as it is (transports/http.ts writes it; transports/ipc.ts decodes it for Electron).
 */
export class EncodedJson {
  constructor(readonly json: string) {}
}

/** The value itself, decoded if it came encoded. */
export const decoded = (value: unknown): unknown => (value instanceof EncodedJson ? JSON.parse(value.json) : value)
