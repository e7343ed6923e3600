import { workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'
const mod = await tsImport(workerData.tsModule, import.meta.url)
export default mod.default
