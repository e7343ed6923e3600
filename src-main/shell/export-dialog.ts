import { BrowserWindow, dialog } from 'electron'
import { SAVE_EXPORT_CHANNEL } from '../contract/export.ts'
import type { ExportJobs } from '../core/export/export-jobs.ts'
import { createSaveExportHandler } from '../transports/save-export.ts'

const FILTERS: Record<string, Electron.FileFilter[]> = {
  csv: [{ name: 'CSV (spreadsheets)', extensions: ['csv'] }],
  jsonld: [{ name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }]
}

/**
 * Desktop export: the native Save dialog for an export the renderer prepared with
 * `export.start`, then the file is written by the core (transports/save-export.ts),
 * with progress on the window's taskbar button.
 *
 * Wiring (left to the lead; it cannot be run here without the Electron binary):
 *   main.ts, in start():
 *     ipcMain.handle(SAVE_EXPORT_CHANNEL, saveExportHandler(core.exports, (url) => isTrustedAppUrl(url, devServerUrl)))
 *   preload.ts, beside invoke:
 *     saveExport: (exportId: string): Promise<unknown> => ipcRenderer.invoke('workbench:save-export', String(exportId))
 *   The renderer then calls saveExport() from src-renderer/api/save-export.ts, which uses this
 *   on the desktop and a download link in browser mode.
 */
export function saveExportHandler(exports: ExportJobs, isTrustedUrl: (url: string) => boolean) {
  const windowOf = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null
  return createSaveExportHandler(exports, isTrustedUrl, {
    chooseFile: async (suggestedName) => {
      const win = windowOf()
      const extension = suggestedName.split('.').pop() ?? ''
      const options: Electron.SaveDialogOptions = { title: 'Export claims', defaultPath: suggestedName, filters: FILTERS[extension] ?? [], properties: ['showOverwriteConfirmation', 'createDirectory'] }
      const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return canceled || !filePath ? undefined : filePath
    },
    onProgress: (written, total) => windowOf()?.setProgressBar(written / Math.max(1, total)),
    onFinished: () => windowOf()?.setProgressBar(-1)
  })
}

export { SAVE_EXPORT_CHANNEL }
