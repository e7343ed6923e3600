import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { WorkbenchError } from '../../contract/errors.ts'
import { writeCsv } from './csv-writer.ts'

/** A slow consumer: holds each write until released, so backpressure is real. */
function slowSink(highWaterMark = 64) {
  const chunks: string[] = []
  let pending: (() => void) | undefined
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString())
      pending = done
    }
  })
  return {
    out,
    chunks,
    /** Lets the current write finish. */
    release: () => {
      const p = pending
      pending = undefined
      p?.()
    }
  }
}

const rows = (n: number): string[][] => Array.from({ length: n }, (_, i) => [String(i), `row ${i}`])

describe('the CSV writer', () => {
  it('writes in chunks of rows, never queues a chunk before the last one drained, and reports progress per chunk', async () => {
    const chunks: string[] = []
    const queued: number[] = []
    const out = new Writable({
      highWaterMark: 1, // every chunk fills the stream's buffer, so every write must wait for 'drain'
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString())
        queued.push(this.writableLength - chunk.length) // bytes waiting behind this chunk
        setImmediate(done) // a slow disk or network
      }
    })
    const progress: number[] = []
    expect(await writeCsv(rows(10), out, { header: ['n', 'text'], chunkBytes: 40, onProgress: (n) => progress.push(n) })).toBe(10)
    out.end()
    await finished(out) // the last chunk may still be on its way to the disk
    expect(chunks.length).toBeGreaterThan(3)
    expect(progress.length).toBe(chunks.length)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(progress.at(-1)).toBe(10)
    expect(queued).toEqual(chunks.map(() => 0))
    expect(chunks.join('')).toBe(
      '\uFEFFn,text\r\n' +
        rows(10)
          .map((r) => r.join(',') + '\r\n')
          .join('')
    )
  })

  it('omits the byte order mark when asked', async () => {
    const sink = slowSink(1 << 20)
    const done = writeCsv(rows(1), sink.out, { header: ['n', 'text'], bom: false })
    sink.release()
    await done
    expect(sink.chunks.join('')).toBe('n,text\r\n0,row 0\r\n')
  })

  it('stops at the next chunk when cancelled, with a cancelled error', async () => {
    const sink = slowSink()
    const controller = new AbortController()
    const done = writeCsv(rows(1000), sink.out, { header: ['n', 'text'], chunkBytes: 100, signal: controller.signal })
    await new Promise((r) => setImmediate(r))
    controller.abort()
    sink.release()
    await expect(done).rejects.toSatisfy((e) => e instanceof WorkbenchError && e.code === 'cancelled')
    expect(sink.chunks.length).toBeLessThanOrEqual(2)
  })

  it('fails instead of hanging when the stream breaks', async () => {
    const out = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, done) {
        done(new Error('disk unplugged'))
      }
    })
    await expect(writeCsv(rows(100), out, { header: ['n', 'text'], chunkBytes: 50 })).rejects.toThrow('disk unplugged')
  })

  it('fails instead of hanging when the reader goes away', async () => {
    const sink = slowSink()
    const done = writeCsv(rows(100), sink.out, { header: ['n', 'text'], chunkBytes: 50 })
    await new Promise((r) => setImmediate(r))
    sink.out.destroy()
    await expect(done).rejects.toThrow(/closed before the export finished/)
  })
})
