// Pure data and checks for the desktop shell's security settings. No electron
// import here, so unit tests can assert every item without launching Electron.
import { CONTENT_SECURITY_POLICY } from '../transports/static-files.ts'

export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

export { CONTENT_SECURITY_POLICY }

/** webPreferences for every window (Electron security checklist items 2–5, 7, 8). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  } as const
}

/** Only the app's own page (custom protocol, or the dev server in development) may call the core. */
export function isTrustedAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** Links the user may open in the system browser (after confirming): web pages only. */
export function isExternalWebLink(url: string): boolean {
  try {
    const p = new URL(url).protocol
    return p === 'http:' || p === 'https:'
  } catch {
    return false
  }
}

/**
 * session.setPermissionRequestHandler: every request (camera, microphone, geolocation, notifications,
 * clipboard, HID/serial/USB, fullscreen, opening external links…) is refused; the app needs none.
 */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false)
}

/** session.setPermissionCheckHandler: every synchronous permission check answers "not granted". */
export function denyPermissionCheck(_webContents: unknown, _permission: string): boolean {
  return false
}
