import { downloadPath, type SaveExportResult } from '../../src-main/contract/export.ts'
import { invoke, withToken } from './client.ts'

/**
 * Saves an export prepared with `invoke('export.start', …)`: on the desktop the
 * native Save dialog (resolves when the file is written, or `{saved: false}` if the
 * dialog was dismissed); in browser mode a download of `fileName`, which the browser
 * then saves on its own — follow it with `export.status` (progress, done) and stop it
 * with `export.cancel`.
 */
export async function saveExport(started: { exportId: string; fileName: string }): Promise<SaveExportResult | { saved: 'downloading' }> {
  if (window.workbench) return invoke('export.save', { exportId: started.exportId })
  const link = document.createElement('a')
  link.href = withToken(downloadPath(started.exportId))
  link.download = started.fileName
  link.rel = 'noopener'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  return { saved: 'downloading' }
}
