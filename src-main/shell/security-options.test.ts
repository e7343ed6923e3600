import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  denyPermissionCheck,
  denyPermissionRequest,
  isExternalWebLink,
  isTrustedAppUrl,
  secureWebPreferences
} from './security-options.ts'

describe('desktop window security settings', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false
    })
  })

  it('uses a CSP with no remote origins and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('trusts only the app page for IPC', () => {
    expect(isTrustedAppUrl('app://workbench/index.html')).toBe(true)
    expect(isTrustedAppUrl('app://other/index.html')).toBe(false)
    expect(isTrustedAppUrl('file:///etc/passwd')).toBe(false)
    expect(isTrustedAppUrl('https://evil.example/')).toBe(false)
    expect(isTrustedAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })

  it('opens only http(s) links externally', () => {
    expect(isExternalWebLink('https://example.org/report')).toBe(true)
    expect(isExternalWebLink('javascript:alert(1)')).toBe(false)
    expect(isExternalWebLink('file:///etc/passwd')).toBe(false)
  })

  it('refuses every permission a page could ask for', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'midiSysex',
      'pointerLock',
      'display-capture',
      'unknown'
    ]
    for (const permission of permissions) {
      const answers: boolean[] = []
      denyPermissionRequest({}, permission, (granted) => answers.push(granted))
      expect(answers, permission).toEqual([false])
      expect(denyPermissionCheck({}, permission), permission).toBe(false)
    }
  })
})
