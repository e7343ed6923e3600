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
