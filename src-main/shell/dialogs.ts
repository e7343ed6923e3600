import { dialog, type BrowserWindow } from 'electron'
import { importExtensions } from '../contract/import.ts'
import type { Dispatch } from '../core/dispatch.ts'
import { sendCommand } from './window.ts'

export type ImportChoice = 'files' | 'folder'

/**
 * The native open dialog for File › Import…: report files, or one folder (read
 * recursively). Linux and Windows cannot offer files and folders in one dialog,
 * hence the two kinds. Returns the chosen paths, or [] when cancelled.
 */
export async function chooseImportPaths(win: BrowserWindow, what: ImportChoice): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: what === 'folder' ? 'Import a folder of reports' : 'Import reports',
    buttonLabel: 'Import',
    properties: what === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
    filters: what === 'folder' ? [] : [{ name: 'Reports', extensions: importExtensions.map((e) => e.slice(1)) }]
  })
  return result.canceled ? [] : result.filePaths
}

/**
 * File › Import Files…/Import Folder… in the desktop app (menu.ts): asks for
 * paths with the native dialog, starts the import in the core (`import.start`
 * with paths: nothing is copied through the page), then tells the page to follow
 * the job (`import-job.<id>`), where the library shows progress, Cancel and the
 * summary (src-renderer/features/library/import/ImportButtons.tsx).
 */
export async function importWithNativeDialog(win: BrowserWindow | null, dispatch: Dispatch, what: ImportChoice): Promise<void> {
  if (!win) return
  const paths = await chooseImportPaths(win, what)
  if (!paths.length) return
  const started = await dispatch('import.start', { paths })
  if (started.ok) sendCommand(win, `import-job.${(started.value as { jobId: string }).jobId}`)
  else dialog.showErrorBox('Import could not start', started.error.message)
}
