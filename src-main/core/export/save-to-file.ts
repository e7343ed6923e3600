import type { SaveExportResult } from '../../contract/export.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { HostPorts } from '../context.ts'
import type { ExportJobs } from './export-jobs.ts'

/**
 * Desktop save of a prepared export: the host's Save dialog picks the file, the
 * export is written there (atomically). Dismissing the dialog drops the export.
 */
export async function saveToChosenFile(exports: ExportJobs, host: HostPorts | undefined, exportId: string): Promise<SaveExportResult> {
  if (!host) throw new WorkbenchError('rejected', 'This app has no Save dialog here (browser mode or CLI): download the export instead.')
  const { fileName, rows } = exports.describe(exportId)
  try {
    const path = await host.chooseSaveFile(fileName)
    if (!path) {
      exports.cancel(exportId)
      return { saved: false }
    }
    const done = await exports.writeToFile(exportId, path, { onProgress: (written) => host.onSaveProgress?.(written, rows) })
    return { saved: true, path, rows: done.written }
  } finally {
    host.onSaveFinished?.()
  }
}
