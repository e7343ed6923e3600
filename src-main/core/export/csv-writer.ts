import type { Writable } from 'node:stream'
import { csvField } from './csv-cell.ts'
import { TextSink, type ExportProgress } from './text-sink.ts'

export interface CsvOptions extends ExportProgress {
  header: readonly string[]
  /** Start with U+FEFF so Excel reads the file as UTF-8 (default true). */
  bom?: boolean
  /** Rows per write (default 5000): few, large writes are what makes this fast. */
  chunkRows?: number
}

/**
 * Streams rows as RFC 4180 CSV (CRLF record ends, formula-safe cells; see
 * csv-cell.ts) to `out`, one chunk of rows at a time. Resolves with the number of
 * data rows written; rejects on abort or a stream error. Does not end `out`.
 */
export async function writeCsv(rows: Iterable<readonly unknown[]>, out: Writable, options: CsvOptions): Promise<number> {
  const chunkRows = options.chunkRows ?? 5000
  const sink = new TextSink(out, options.signal)
  try {
    let chunk = (options.bom === false ? '' : '\uFEFF') + options.header.map(csvField).join(',') + '\r\n'
    let pending = 0
    let written = 0
    for (const row of rows) {
      let line = csvField(row[0])
      for (let i = 1; i < row.length; i++) line += ',' + csvField(row[i])
      chunk += line + '\r\n'
      if (++pending === chunkRows) {
        await sink.write(chunk)
        written += pending
        pending = 0
        chunk = ''
        options.onProgress?.(written)
      }
    }
    if (chunk) await sink.write(chunk)
    written += pending
    options.onProgress?.(written)
    return written
  } finally {
    sink.release()
  }
}
