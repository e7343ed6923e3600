import { beforeEach, describe, expect, it, vi } from 'vitest'

// window.ts and preload.ts need electron, which these machines cannot run: a stand-in records what they
// register, and the tests drive those handlers as Electron would.
const electron = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown
  const state = {
    windows: [] as {
      options: { webPreferences: Record<string, unknown> }
      handlers: Map<string, Handler>
      openHandler?: Handler
      loaded?: string
    }[],
    dialogChoice: 0,
    dialogs: [] as { message: string; detail: string }[],
    opened: [] as string[],
    exposed: new Map<string, Record<string, unknown>>(),
    invoked: [] as unknown[][]
  }
  class BrowserWindow {
    webContents: { on: (event: string, h: Handler) => void; setWindowOpenHandler: (h: Handler) => void }
    constructor(options: { webPreferences: Record<string, unknown> }) {
      const record: (typeof state.windows)[number] = { options, handlers: new Map() }
      state.windows.push(record)
      this.webContents = {
        on: (event, h) => void record.handlers.set(event, h),
        setWindowOpenHandler: (h) => void (record.openHandler = h)
      }
      Object.assign(this, { loadURL: async (url: string) => void (record.loaded = url) })
    }
    once(): void {}
  }
  return {
    state,
    module: {
      BrowserWindow,
      dialog: {
        showMessageBoxSync: (_win: unknown, opts: { message: string; detail: string }) => (state.dialogs.push(opts), state.dialogChoice)
      },
      shell: { openExternal: async (url: string) => void state.opened.push(url) },
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => void state.exposed.set(key, api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => void state.invoked.push(args) }
    }
  }
})
vi.mock('electron', () => electron.module)

const { createMainWindow } = await import('./window.ts')
const { IPC_CHANNEL } = await import('../contract/index.ts')

function open() {
  createMainWindow('/app/out/preload')
  const win = electron.state.windows.at(-1)!
  const navigate = (url: string) => {
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) }
    win.handlers.get('will-navigate')!(event, url)
    return event.prevented ? 'blocked' : 'allowed'
  }
  return { win, navigate }
}

beforeEach(() => {
  electron.state.dialogs.length = 0
  electron.state.opened.length = 0
  electron.state.dialogChoice = 0
})

describe('the main window', () => {
  it('loads the app from app://, sandboxed, with the preload beside it', () => {
    const { win } = open()
    expect(win.loaded).toBe('app://workbench/index.html')
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
  })

  it('never navigates away from the app', () => {
    const { navigate } = open()
    expect(navigate('https://evil.example/')).toBe('blocked')
    expect(navigate('file:///etc/passwd')).toBe('blocked')
    expect(navigate('javascript:alert(1)')).toBe('blocked')
    expect(navigate('app://workbench/index.html')).toBe('allowed')
  })

  it('never attaches a webview', () => {
    const { win } = open()
    const event = { prevented: false, preventDefault: () => void (event.prevented = true) }
    win.handlers.get('will-attach-webview')!(event, {}, {})
    expect(event.prevented).toBe(true)
  })

  it('opens no window; a web link goes to the browser only after the user confirms', () => {
    const { win } = open()
    const link = 'https://observer.example/world/launch-reactions'
    expect(win.openHandler!({ url: link })).toEqual({ action: 'deny' }) // the user cancels
    expect(electron.state.dialogs.map((d) => d.detail)).toEqual([link])
    expect(electron.state.opened).toEqual([])

    electron.state.dialogChoice = 1 // "Open in browser"
    expect(win.openHandler!({ url: link })).toEqual({ action: 'deny' })
    expect(electron.state.opened).toEqual([link])
  })

  it('does not even ask about links that are not web pages', () => {
    const { win } = open()
    electron.state.dialogChoice = 1
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://share/x', 'app://workbench/index.html']) {
      expect(win.openHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.state.dialogs).toEqual([])
    expect(electron.state.opened).toEqual([])
  })
})

describe('the preload', () => {
  it('gives the page one function, invoke(name, input), on the one channel', async () => {
    await import('./preload.ts')
    expect([...electron.state.exposed.keys()]).toEqual(['workbench'])
    const api = electron.state.exposed.get('workbench')!
    expect(Object.keys(api)).toEqual(['invoke'])
    await (api.invoke as (name: unknown, input: unknown) => Promise<unknown>)({ toString: () => 'articles.list' }, { a: 1 })
    expect(electron.state.invoked).toEqual([[IPC_CHANNEL, 'articles.list', { a: 1 }]])
  })
})
