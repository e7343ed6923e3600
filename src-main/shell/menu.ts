import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { sendCommand } from './window.ts'

const focused = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null
const command = (label: string, id: string, accelerator?: string): MenuItemConstructorOptions => ({
  label,
  accelerator,
  click: () => sendCommand(focused(), id)
})

export function buildMenu(): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [command('Import…', 'import', 'CmdOrCtrl+O'), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }]
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find in Library', 'search', 'CmdOrCtrl+F')
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
      submenu: [command('Keyboard Shortcuts', 'help', 'Shift+/'), { label: `About ${app.getName()}`, role: 'about' }]
    }
  ]
  return Menu.buildFromTemplate(template)
}
