// How the busy bench serves the app: the way `workbench serve` does (browser mode).
import { startCore } from '../src-main/core/core.ts'
import { startHttpBridge } from '../src-main/transports/http.ts'

export interface BenchServer {
  base: string
  token: string
  close(): Promise<void>
}

export async function serveForBench(dbPath: string): Promise<BenchServer> {
  const core = startCore(dbPath, { transport: 'http', seed: false, cpuPool: true })
  const bridge = await startHttpBridge({ dispatch: core.pageDispatch, downloads: (id) => core.exports.download(id) })
  return { base: `http://127.0.0.1:${bridge.port}`, token: bridge.token, close: () => bridge.close().then(() => core.close()) }
}
