import { Writable } from 'node:stream'
import type { Database } from '../db/open.ts'
import { exportClaims, type ExportRequest } from '../export/export-claims.ts'

/** Runs an export into memory and returns the file's text (as UTF-8 decoded from its bytes). */
export async function exportText(database: Database, request: ExportRequest): Promise<string> {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk)
      done()
    }
  })
  await exportClaims(database, request, out)
  return Buffer.concat(chunks).toString('utf8')
}

/** Runs an export into memory and returns the file's bytes (a .qdpx). */
export async function exportBytes(database: Database, request: ExportRequest, options: { now?: Date } = {}): Promise<Buffer> {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk)
      done()
    }
  })
  await exportClaims(database, request, out, options)
  return Buffer.concat(chunks)
}
