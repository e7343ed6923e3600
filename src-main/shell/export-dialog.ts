import { BrowserWindow, dialog } from 'electron'
import type { HostPorts } from '../core/context.ts'

const FILTERS: Record<string, Electron.FileFilter[]> = {
  csv: [{ name: 'CSV (spreadsheets)', extensions: ['csv'] }],
  jsonld: [{ name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }],
  qdpx: [{ name: 'REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)', extensions: ['qdpx'] }]
}

const windowOf = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null

/** The desktop's part of `export.save`: the native Save dialog and taskbar progress. */
export const desktopHost: HostPorts = {
  chooseSaveFile: async (suggestedName) => {
    const win = windowOf()
    const extension = suggestedName.split('.').pop() ?? ''
    const options: Electron.SaveDialogOptions = {
      title: 'Export claims',
      defaultPath: suggestedName,
      filters: FILTERS[extension] ?? [],
      properties: ['showOverwriteConfirmation', 'createDirectory']
    }
    const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    return canceled || !filePath ? undefined : filePath
  },
  onSaveProgress: (written, total) => windowOf()?.setProgressBar(written / Math.max(1, total)),
  onSaveFinished: () => windowOf()?.setProgressBar(-1)
}
