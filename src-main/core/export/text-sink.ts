import type { Writable } from 'node:stream'
import { WorkbenchError } from '../../contract/errors.ts'

export interface ExportProgress {
  /** Called after each chunk with the number of rows written so far. */
  onProgress?: (written: number) => void
  /** Aborting stops the export before its next chunk; the promise rejects with a `cancelled` error. */
  signal?: AbortSignal
}

export const cancelledError = (): WorkbenchError => new WorkbenchError('cancelled', 'The export was cancelled.')

/**
 * Writes chunks (text or bytes) to a Writable without ever buffering more than one chunk:
 * waits for 'drain' when the stream asks, stops at abort, and fails (rather than
 * hanging) when the stream errors or closes early. It never ends the stream:
 * that is the caller's (a file is ended, stdout is not).
 */
export class TextSink {
  private failure: Error | undefined
  private readonly onError = (err: Error): void => {
    this.failure ??= err
  }

  constructor(
    private readonly out: Writable,
    private readonly signal?: AbortSignal
  ) {
    out.on('error', this.onError)
  }

  async write(chunk: string | Buffer): Promise<void> {
    this.check()
    if (!this.out.write(chunk)) await this.drained()
    this.check()
  }

  /** Detaches from the stream (call when done, success or not). */
  release(): void {
    this.out.off('error', this.onError)
  }

  private check(): void {
    if (this.signal?.aborted) throw cancelledError()
    if (this.failure) throw this.failure
    if (this.out.destroyed || this.out.writableEnded) throw new Error('the output was closed before the export finished')
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.out.off('drain', done)
        this.out.off('close', done)
        this.out.off('error', done)
        this.signal?.removeEventListener('abort', done)
        resolve() // check() after the wait says why, if it was not a drain
      }
      this.out.on('drain', done)
      this.out.on('close', done)
      this.out.on('error', done)
      this.signal?.addEventListener('abort', done)
    })
  }
}
