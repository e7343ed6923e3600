import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { appRoot } from '../../core/app-root.ts'
import { startHttpBridge } from '../../transports/http.ts'
import { dbOptions, parsePort } from '../options.ts'
import { openCore, type DbOptions } from '../run-core.ts'

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
      const core = openCore(opts)
      const bridge = await startHttpBridge({ dispatch: core.pageDispatch, staticDir, port: opts.port, downloads: (id) => core.exports.download(id) })
      process.stdout.write(`Analyst Workbench: ${bridge.url}\n`)
      process.stderr.write(`database: ${core.database.path}\n`)
      const stop = (): void => {
        void bridge.close().then(() => core.close()).then(() => process.exit(0))
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
}
