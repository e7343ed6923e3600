import { exportId as exportIdSchema, type SaveExportResult } from '../contract/export.ts'
import type { Envelope } from '../contract/errors.ts'
import type { ExportJobs } from '../core/export/export-jobs.ts'
import { toWorkbenchError } from '../core/dispatch.ts'
import type { InvokeEvent } from './ipc.ts'

export interface SaveExportPorts {
  /** Asks where to save (the native dialog), suggesting a name; undefined when the analyst cancels. */
  chooseFile(suggestedName: string): Promise<string | undefined>
  /** Rows written so far of `total` (e.g. the taskbar progress bar). */
  onProgress?(written: number, total: number): void
  /** The save ended: written, failed or cancelled (e.g. clear the progress bar). */
  onFinished?(): void
}

/**
 * The desktop's "save a prepared export" IPC handler: checks the sender like every
 * IPC call, asks the shell for a file (its Save dialog), then writes the export there
 * through the core. Progress and cancel go through export.status / export.cancel
 * meanwhile. Dismissing the dialog drops the prepared export.
 */
export function createSaveExportHandler(exports: ExportJobs, isTrustedUrl: (url: string) => boolean, ports: SaveExportPorts) {
  return async (event: InvokeEvent, exportId: unknown): Promise<Envelope<SaveExportResult>> => {
    const url = event.senderFrame?.url ?? ''
    if (!isTrustedUrl(url)) return { ok: false, error: { code: 'unauthorized', message: `Refused a call from an untrusted page (${url.slice(0, 100) || 'unknown'}).` } }
    const id = exportIdSchema.safeParse(exportId)
    if (!id.success) return { ok: false, error: { code: 'invalid_input', message: 'saveExport needs the exportId that export.start returned.' } }
    try {
      const { fileName, rows } = exports.describe(id.data)
      const path = await ports.chooseFile(fileName)
      if (!path) {
        exports.cancel(id.data)
        return { ok: true, value: { saved: false } }
      }
      const done = await exports.writeToFile(id.data, path, { onProgress: (written) => ports.onProgress?.(written, rows) })
      return { ok: true, value: { saved: true, path, rows: done.written } }
    } catch (err) {
      return { ok: false, error: toWorkbenchError(err).toWire() }
    } finally {
      ports.onFinished?.()
    }
  }
}
