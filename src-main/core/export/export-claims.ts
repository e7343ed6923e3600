import type { Writable } from 'node:stream'
import type { ExportFormat, ExportSelection } from '../../contract/export.ts'
import { appVersion } from '../app-root.ts'
import type { Database } from '../db/open.ts'
import { writeQdpx } from '../qdpx/export-project.ts'
import { MEDIA_TYPE } from '../web-annotation/vocabulary.ts'
import { writeCollection } from '../web-annotation/write-collection.ts'
import { codeLabels, withCodeLabels } from './code-labels.ts'
import { CSV_CODES_COLUMN, CSV_HEADER, CSV_SELECT } from './csv-columns.ts'
import { writeCsv } from './csv-writer.ts'
import { selectRows } from '../db/sqlite/claim-selection.ts'
import type { ExportProgress } from './text-sink.ts'
import { withReadSnapshot } from '../db/sqlite/read-snapshot.ts'

export interface ExportRequest {
  format: ExportFormat
  selection: ExportSelection
  /** CSV: write a UTF-8 BOM first (default true). */
  bom?: boolean
  layer?: 'mine' | 'adjudicated'
}

export interface ExportOptions extends ExportProgress {
  /** CSV bytes per write (default 1 MiB); tests make it small to see many chunks. */
  chunkBytes?: number
  /** The export's time stamp in a .qdpx (default now); tests fix it to compare two exports byte for byte. */
  now?: Date
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonld: MEDIA_TYPE,
  qdpx: 'application/zip'
}

export const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', jsonld: 'jsonld', qdpx: 'qdpx' }

/**
 * Writes the selected claims to `out` as CSV, a W3C Web Annotation collection or a REFI-QDA project (.qdpx).
 * Reads through a separate read-only connection inside one read transaction, so the
 * file is one consistent snapshot and the app's own connection stays free for other
 * calls while a long export streams. Resolves with the number of claims written;
 * does not end `out`.
 */
export async function exportClaims(
  database: Database,
  request: ExportRequest,
  out: Writable,
  progress: ExportOptions = {}
): Promise<number> {
  return withReadSnapshot(database, request.layer === 'adjudicated', async (snapshot) => {
    if (request.format === 'csv') {
      const labels = await codeLabels(snapshot.db)
      const rows = withCodeLabels(selectRows(snapshot.reader, request.selection, CSV_SELECT), CSV_CODES_COLUMN, labels)
      return await writeCsv(rows, out, { ...progress, header: CSV_HEADER, bom: request.bom })
    }
    if (request.format === 'qdpx')
      return await writeQdpx(snapshot, request.selection, out, { ...progress, generator: `Analyst Workbench ${appVersion()}` })
    return await writeCollection(snapshot, request.selection, out, { ...progress, generator: `Analyst Workbench ${appVersion()}` })
  })
}
