import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { shortcuts, type CommandId, type Shortcut } from '../contract/shortcuts.ts'
import type { Dispatch } from '../core/dispatch.ts'
import { importWithNativeDialog } from './dialogs.ts'
import { exportProjectWithDialog } from './export-project.ts'
import { sendCommand } from './window.ts'

const focused = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null

/** A menu item for an app command; its shortcut comes from the one shortcut table. */
function command(id: CommandId, label?: string): MenuItemConstructorOptions {
  const s = shortcuts.find((x) => x.command === id) as Shortcut
  const singleKey = !!s.accelerator && !/CmdOrCtrl|Shift\+/.test(s.accelerator)
  return {
    label: label ?? s.label.replace(/ \(.*\)$/, ''),
    accelerator: s.accelerator,
    // plain keys (1, 2, 3, J…) are shown but left to the page, so typing in a field is unaffected
    registerAccelerator: !singleKey,
    click: () => sendCommand(focused(), id)
  }
}

/** The application menu; `dispatch` is the core's in-process dispatcher (native dialogs may name local files). */
export function buildMenu(dispatch: Dispatch): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => void importWithNativeDialog(focused(), dispatch, 'files') },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => void importWithNativeDialog(focused(), dispatch, 'folder')
        },
        { type: 'separator' },
        { label: 'Export Project for ATLAS.ti, MAXQDA, NVivo (.qdpx)…', click: () => void exportProjectWithDialog(dispatch) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: 'Edit',
      submenu: [
        command('undo'),
        command('redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('search', 'Find in Library')
      ]
    },
    {
      label: 'Claims',
      submenu: [
        command('tag-evidence', 'Tag as Evidence'),
        command('tag-assess', 'Tag as Assess'),
        command('tag-unknown', 'Tag as Do Not Yet Know'),
        command('tag-clear', 'Clear Tag'),
        { type: 'separator' },
        command('new-claim', 'New Untagged Claim'),
        command('edit-speaker', 'Edit Speaker'),
        command('edit-note', 'Edit Note'),
        command('code-claim', 'Codes…'),
        command('delete-claim', 'Delete Claim'),
        { type: 'separator' },
        command('next-claim'),
        command('previous-claim')
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    {
      role: 'help',
      submenu: [command('help', 'Keyboard Shortcuts'), { label: `About ${app.getName()}`, role: 'about' }]
    }
  ]
  return Menu.buildFromTemplate(template)
}
