// How the busy bench serves the app: the way `workbench serve` does (browser mode): the core on its own thread,
// its CPU work on a pool, and this thread serving HTTP only.
import { startCoreWorker } from '../src-main/core/host/core-host.ts'
import { startHttpBridge } from '../src-main/transports/http.ts'

export interface BenchServer {
  base: string
  token: string
  close(): Promise<void>
}

export async function serveForBench(dbPath: string): Promise<BenchServer> {
  const core = await startCoreWorker(dbPath, { transport: 'http', seed: false, cpuPool: true })
  const bridge = await startHttpBridge({ dispatch: core.pageDispatch, downloads: (id) => core.download(id) })
  return { base: `http://127.0.0.1:${bridge.port}`, token: bridge.token, close: () => bridge.close().then(() => core.close()) }
}
