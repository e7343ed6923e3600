// Sandboxed preload: exposes exactly one function to the page. No raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'

const CHANNEL = 'workbench:invoke' // = IPC_CHANNEL in contract/index.ts (kept literal so the preload bundles nothing else)

contextBridge.exposeInMainWorld('workbench', {
  invoke: (name: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CHANNEL, String(name), input)
})
