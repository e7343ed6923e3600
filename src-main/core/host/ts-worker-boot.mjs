// Starts a worker whose module is TypeScript source (tests, `tsx` scripts): loads it through tsx, which a
// worker thread does not inherit from the thread that made it. Bundled builds start their compiled .js directly.
import { workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

const mod = await tsImport(workerData.tsModule, import.meta.url)
export default mod.default
