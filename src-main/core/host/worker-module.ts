import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export type WorkerName = 'cpu-worker' | 'core-worker' | 'integrity-worker'

/**
 * The workers' sources, from this folder. The core's own thread starts in src-main/host/: it is a composition
 * root (it picks the team server's HTTP client), which the core itself may not import.
 */
const SOURCES: Record<WorkerName, string> = {
  'cpu-worker': './cpu-worker.ts',
  'core-worker': '../../host/core-worker.ts',
  'integrity-worker': '../db/integrity-worker.ts'
}

/** How to start one of the core's workers: the file a Worker loads and the workerData that file needs. */
export interface WorkerModule {
  filename: string
  workerData: { tsModule?: string }
}

/**
 * Finds a worker's module beside this one. From TypeScript source (tests, `tsx`), the worker runs the source
 * through tsx (ts-worker-boot.mjs); from a bundle (the CLI's out/cli/, Electron's out/main/) it runs the
 * compiled `<name>.js` the bundler wrote, beside the code that starts it or one folder up (a chunks/ folder).
 */
export function workerModule(name: WorkerName, from: string = import.meta.url): WorkerModule {
  // (tsx's loader may add a query to the URL of a module it compiled)
  if (new URL(from).pathname.endsWith('.ts')) {
    return {
      filename: new URL('./ts-worker-boot.mjs', import.meta.url).href,
      workerData: { tsModule: new URL(SOURCES[name], import.meta.url).href }
    }
  }
  const here = dirname(fileURLToPath(from))
  const found = [here, dirname(here)].map((dir) => join(dir, `${name}.js`)).find((file) => existsSync(file))
  if (!found) throw new Error(`The app is incomplete: ${name}.js is missing beside ${here} (npm run build, or npm install for the CLI).`)
  return { filename: pathToFileURL(found).href, workerData: {} }
}
