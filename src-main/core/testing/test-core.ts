import { startCore, type Core } from '../core.ts'
import { dbIn } from './temp-db.ts'

/** A core over a fresh database in `dir`, with output checking on. */
export const testCore = (dir: string, seed = true): Promise<Core> => startCore(dbIn(dir), { transport: 'direct', seed, checkOutput: true })
