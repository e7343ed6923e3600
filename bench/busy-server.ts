// How the busy bench serves the app: `workbench serve` (browser mode) in a process of its own, as an analyst
// runs it, so the bench's own client (in this process) keeps its pace whatever the server's threads do.
import { startServer } from '../e2e/support/server.ts'
// @ts-expect-error plain JS build helper shared with npm start and the e2e setup
import { ensureBuilt } from '../scripts/ensure-build.js'

export interface BenchServer {
  base: string
  token: string
  close(): Promise<void>
}

export async function serveForBench(dbPath: string): Promise<BenchServer> {
  ensureBuilt()
  const server = await startServer({ dbPath, extraArgs: ['--no-samples'] })
  return { base: server.origin, token: new URL(server.url).searchParams.get('token')!, close: () => server.stop() }
}
