import { join } from 'node:path'
import { BrowserWindow, dialog, shell } from 'electron'
import { APP_ENTRY, isExternalWebLink, isTrustedAppUrl, secureWebPreferences } from './security-options.ts'

export function createMainWindow(preloadDir: string, devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Analyst Workbench',
    show: false,
    webPreferences: secureWebPreferences(join(preloadDir, 'index.cjs'))
  })
  const contents = win.webContents

  // No navigation away from the app, no new windows, no webviews.
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedAppUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) {
      const choice = dialog.showMessageBoxSync(win, {
        type: 'question',
        buttons: ['Cancel', 'Open in browser'],
        defaultId: 0,
        cancelId: 0,
        message: 'Open this link in your web browser?',
        detail: url.slice(0, 500)
      })
      if (choice === 1) void shell.openExternal(url)
    }
    return { action: 'deny' }
  })

  win.once('ready-to-show', () => win.show())
  void win.loadURL(devServerUrl ?? APP_ENTRY)
  return win
}

/** Tells the page to run a menu command (the page listens for this event; nothing else crosses). */
export function sendCommand(win: BrowserWindow | null, command: string): void {
  if (!win) return
  const safe = JSON.stringify(command.replace(/[^a-z0-9.-]/gi, ''))
  void win.webContents.executeJavaScript(`window.dispatchEvent(new CustomEvent('workbench-command', { detail: ${safe} }))`)
}
