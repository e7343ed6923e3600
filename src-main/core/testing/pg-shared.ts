import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, inject } from 'vitest'
import { psql, startPgCluster, type PgCluster } from './pg-cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder where the test run's shared PostgreSQL cluster is announced (pg-global-setup.ts). */
    pgShared: string
  }
}

interface Announced {
  port: number
  dir: string
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/**
 * The test run's one cluster, started by whichever worker first needs it (a lock
 * folder decides which), announced in cluster.json for the others; the run's
 * teardown stops it, whether tests passed or not. Runs that need no database
 * start none.
 */
async function sharedCluster(coordination: string): Promise<Announced> {
  const announced = join(coordination, 'cluster.json')
  const failed = join(coordination, 'failed.txt')
  let mine = false
  try {
    mkdirSync(join(coordination, 'lock'))
    mine = true
  } catch {
    // another worker is starting it
  }
  if (mine) {
    try {
      const cluster = await startPgCluster({ stopOnExit: false })
      const tmp = `${announced}.${process.pid}`
      writeFileSync(tmp, JSON.stringify({ port: cluster.port, dir: cluster.dir } satisfies Announced))
      renameSync(tmp, announced)
    } catch (err) {
      writeFileSync(failed, (err as Error).message)
      throw err
    }
  }
  // Waiting on another process's announcement: polled, with a deadline.
  for (let waited = 0; waited < 120_000; waited += 50) {
    if (existsSync(announced)) return JSON.parse(readFileSync(announced, 'utf8')) as Announced
    if (existsSync(failed)) throw new Error(`the shared PostgreSQL cluster did not start: ${readFileSync(failed, 'utf8')}`)
    await wait(50)
  }
  throw new Error('the shared PostgreSQL cluster was not announced within 120 s')
}

/**
 * A fresh database per test file in the run's shared cluster (or in a private
 * cluster when run without the global setup). Returns a getter for its URL.
 */
export function usePgDatabase(): { url: () => string; port: () => number } {
  let url = ''
  let port = 0
  let name = ''
  let own: PgCluster | undefined
  beforeAll(async () => {
    let coordination: string | undefined
    try {
      coordination = inject('pgShared')
    } catch {
      coordination = undefined
    }
    if (coordination) port = (await sharedCluster(coordination)).port
    else {
      own = await startPgCluster()
      port = own.port
    }
    name = `t_${randomBytes(6).toString('hex')}`
    psql({ port }, `CREATE DATABASE ${name}`)
    url = `postgres://postgres@127.0.0.1:${port}/${name}`
  }, 120_000)
  afterAll(() => {
    if (own) own.stop()
    else if (name) psql({ port }, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  })
  return { url: () => url, port: () => port }
}
