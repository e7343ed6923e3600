import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A throwaway PostgreSQL cluster for tests: initdb + pg_ctl from Debian's
 * /usr/lib/postgresql/<version>/bin, data in a temp folder, listening on
 * 127.0.0.1 on a free port, its unix socket in that folder. The server refuses to
 * run as root, so under root (CI) every server command runs as the `postgres` user.
 */
export interface PgCluster {
  host: '127.0.0.1'
  port: number
  /** Folder holding data/, the socket and the log. */
  dir: string
  /** URL of a database in this cluster (superuser `postgres`, trust auth on loopback). */
  url(database?: string): string
  /** Fast shutdown then start on the same port: sessions are cut, committed data stays. */
  restart(): void
  /** Immediate shutdown (like a crash: no checkpoint), then start again. */
  crashRestart(): void
  stop(): void
}

export function pgBinDir(): string {
  const override = process.env.WORKBENCH_PG_BIN
  if (override) return override
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (!newest)
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb): apt-get install postgresql, or set WORKBENCH_PG_BIN.'
    )
  return join(root, newest, 'bin')
}

const isRoot = (): boolean => process.getuid?.() === 0

/** Runs a PostgreSQL server tool, as `postgres` when we are root. */
function runTool(tool: string, args: string[]): string {
  const bin = join(pgBinDir(), tool)
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string }
    throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`, { cause: err })
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function makeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-pg-'))
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  return dir
}

/**
 * Creates and starts a cluster; `stop()` it when done. It also stops when this
 * process exits, unless `stopOnExit` is false (a cluster shared by test workers,
 * which the test run's teardown stops).
 */
export async function startPgCluster(opts: { stopOnExit?: boolean } = {}): Promise<PgCluster> {
  const dir = makeDir()
  const data = join(dir, 'data')
  const log = join(dir, 'server.log')
  try {
    runTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions'])
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  let port = 0
  const options = (): string =>
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`
  const start = (): void => {
    runTool('pg_ctl', ['-D', data, '-o', options(), '-l', log, '-w', '-t', '60', 'start'])
  }
  const stopWith = (mode: 'fast' | 'immediate'): void => {
    if (existsSync(join(data, 'postmaster.pid'))) runTool('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'])
  }
  // A port found free can be taken before the server binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    port = await freePort()
    try {
      start()
      break
    } catch (err) {
      if (attempt >= 3) {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''
        rmSync(dir, { recursive: true, force: true })
        throw new Error(`${(err as Error).message}\n${tail}`, { cause: err })
      }
    }
  }
  let stopped = false
  const stop = (): void => {
    if (stopped) return
    stopped = true
    process.off('exit', stop)
    stopClusterIn(dir)
  }
  if (opts.stopOnExit !== false) process.on('exit', stop)
  return {
    host: '127.0.0.1',
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    restart: () => {
      stopWith('fast')
      start()
    },
    crashRestart: () => {
      stopWith('immediate')
      start()
    },
    stop
  }
}

/** Runs one SQL statement through psql (for the harness's own create/drop database). */
export function psql(cluster: Pick<PgCluster, 'port'>, sql: string, database = 'postgres'): string {
  const r = spawnSync(
    join(pgBinDir(), 'psql'),
    ['-h', '127.0.0.1', '-p', String(cluster.port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql],
    {
      encoding: 'utf8'
    }
  )
  if (r.status !== 0) throw new Error(`psql: ${r.stderr || r.error?.message}`)
  return r.stdout.trim()
}

/** Stops the cluster whose folder is `dir` (if running) and removes the folder. */
export function stopClusterIn(dir: string): void {
  const data = join(dir, 'data')
  try {
    if (existsSync(join(data, 'postmaster.pid'))) runTool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '60', 'stop'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
