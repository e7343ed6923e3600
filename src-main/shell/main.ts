import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { IPC_CHANNEL, WorkbenchError } from '../contract/index.ts'
import { DB_FILE_NAME, PRODUCT_NAME, userDataDir } from '../core/db/paths.ts'
import { startCoreWorker, type CoreClient } from '../core/host/core-host.ts'
import { createIpcHandler } from '../transports/ipc.ts'
import { desktopHost } from './export-dialog.ts'
import { buildMenu } from './menu.ts'
import { electronNativeBinding } from './native-binding.ts'
import { registerAppScheme, serveRenderer } from './protocol.ts'
import { denyPermissionCheck, denyPermissionRequest, isTrustedAppUrl } from './security-options.ts'
import { createMainWindow } from './window.ts'

// One folder for the desktop app, the CLI and browser mode (core/db/paths.ts computes the same).
app.setName(PRODUCT_NAME)
app.setPath('userData', userDataDir())
registerAppScheme()

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const here = dirname(fileURLToPath(import.meta.url)) // out/main
let core: CoreClient | undefined
let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  app.whenReady().then(start).catch(fail)
}

function fail(err: unknown): void {
  const message = err instanceof WorkbenchError || err instanceof Error ? err.message : String(err)
  dialog.showErrorBox('Analyst Workbench cannot start', message)
  app.exit(1)
}

async function start(): Promise<void> {
  const nativeBinding = electronNativeBinding()
  if (!nativeBinding) {
    throw new Error(
      'The database driver for Electron is missing (.electron-native/better_sqlite3.node). Run `npm run rebuild:electron`, then start again.'
    )
  }
  const dbPath = process.env.WORKBENCH_DB || join(app.getPath('userData'), DB_FILE_NAME)
  // the core (SQL) on a thread of its own and its CPU work on a pool: this process only relays IPC and draws menus
  // usable at once: a large file's integrity check runs meanwhile (writes wait for it); a damaged file ends the app as at start
  core = await startCoreWorker(dbPath, {
    transport: 'ipc',
    nativeBinding,
    host: desktopHost,
    teamRemote: true,
    cpuPool: true,
    integrityCheck: 'background',
    onDamaged: fail
  })

  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest)
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck)
  ipcMain.handle(
    IPC_CHANNEL,
    createIpcHandler(core.pageDispatch, (url) => isTrustedAppUrl(url, devServerUrl))
  )
  serveRenderer(join(here, '../renderer'))
  Menu.setApplicationMenu(buildMenu(core.dispatch))
  mainWindow = createMainWindow(join(here, '../preload'), devServerUrl)
  mainWindow.on('closed', () => (mainWindow = null))
}

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit())
})
