import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { appRoot } from '../../core/app-root.ts'
import { startHttpBridge } from '../../transports/http.ts'
import { dbOptions, parsePort } from '../options.ts'
import { resolveDbPath } from '../../core/db/paths.ts'
import { startCoreWorker } from '../../core/host/core-host.ts'
import { seedSamples, type DbOptions } from '../run-core.ts'

type Opts = DbOptions & { port: number; static?: string }

export function registerServeCommand(program: Command): void {
  dbOptions(program.command('serve').description('browser mode: serve the app and its API on 127.0.0.1 with a per-run token'))
    .option('--port <n>', 'port (default: a free one)', parsePort, 0)
    .option('--static <dir>', 'built renderer to serve', join(appRoot(), 'out', 'renderer'))
    .action(async (opts: Opts) => {
      const staticDir = opts.static!
      if (!existsSync(join(staticDir, 'index.html'))) {
        throw new Error(`the app is not built (${join(staticDir, 'index.html')} is missing): run \`npm run build\` or \`npm run serve\`.`)
      }
      // the core on a thread of its own (SQL), its CPU work on a pool: this thread only serves HTTP
      const dbPath = resolveDbPath(opts.db)
      // a large file's integrity check runs while the page is in use (writes wait for it); damaged: every call says so
      const core = await startCoreWorker(dbPath, {
        transport: 'http',
        seed: seedSamples(opts),
        teamRemote: true,
        cpuPool: true,
        integrityCheck: 'background',
        onDamaged: (error) => process.stderr.write(`${error.message}\n`)
      })
      const downloads = (id: string) => core.download(id)
      const bridge = await startHttpBridge({ dispatch: core.pageDispatch, staticDir, port: opts.port, downloads })
      process.stdout.write(`Analyst Workbench: ${bridge.url}\n`)
      process.stderr.write(`database: ${core.path}\n`)
      const stop = (): void => {
        void bridge
          .close()
          .then(() => core.close())
          .then(() => process.exit(0))
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
}
