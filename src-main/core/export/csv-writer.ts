import type { Writable } from 'node:stream'
import { csvField } from './csv-cell.ts'
import { TextSink, type ExportProgress } from './text-sink.ts'

export interface CsvOptions extends ExportProgress {
  header: readonly string[]
  /** Start with U+FEFF so Excel reads the file as UTF-8 (default true). */
  bom?: boolean
  /** Bytes per write (default 1 MiB, a few thousand rows): few, large writes are what makes this fast. */
  chunkBytes?: number
}

const csvLine = (row: readonly unknown[]): string => {
  let line = csvField(row[0])
  for (let i = 1; i < row.length; i++) line += ',' + csvField(row[i])
  return line + '\r\n'
}

/**
 * Streams rows as RFC 4180 CSV (CRLF record ends, formula-safe cells; see
 * csv-cell.ts) to `out`. Each line is encoded straight into a UTF-8 buffer, and a
 * full buffer is one write: measured twice as fast as building chunk strings and
 * letting the stream encode them. Resolves with the number of data rows written;
 * rejects on abort or a stream error. Does not end `out`.
 */
export async function writeCsv(rows: Iterable<readonly unknown[]>, out: Writable, options: CsvOptions): Promise<number> {
  const size = options.chunkBytes ?? 1 << 20
  const sink = new TextSink(out, options.signal)
  let buffer = Buffer.allocUnsafe(size)
  let used = 0
  let written = 0
  let pending = 0
  const flush = async (): Promise<void> => {
    if (used > 0) await sink.write(buffer.subarray(0, used))
    buffer = Buffer.allocUnsafe(size) // the stream may still hold the old one
    used = 0
    written += pending
    pending = 0
    options.onProgress?.(written)
  }
  const put = async (line: string): Promise<void> => {
    if (used + line.length * 3 > size) {
      if (used > 0) await flush()
      if (line.length * 3 > size) {
        await sink.write(Buffer.from(line, 'utf8')) // a row larger than a whole chunk
        return
      }
    }
    used += buffer.write(line, used)
  }
  try {
    await put((options.bom === false ? '' : '\uFEFF') + csvLine(options.header))
    for (const row of rows) {
      const line = csvLine(row)
      if (used + line.length * 3 > size) await put(line)
      else used += buffer.write(line, used) // the common case, without an await per row
      pending++
    }
    await flush()
    return written
  } finally {
    sink.release()
  }
}
