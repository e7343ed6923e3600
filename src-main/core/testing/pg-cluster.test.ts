import { existsSync } from 'node:fs'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { startPgCluster } from './pg-cluster.ts'
import { usePgDatabase } from './pg-shared.ts'

describe('throwaway PostgreSQL cluster', () => {
  it('starts on 127.0.0.1, keeps committed rows across a restart and a crash, and leaves nothing behind when stopped', async () => {
    const cluster = await startPgCluster()
    try {
      const client = new pg.Client({ connectionString: cluster.url() })
      await client.connect()
      await client.query('CREATE TABLE t (n int)')
      await client.query('INSERT INTO t VALUES (1), (2)')
      const { rows } = await client.query<{ addr: string }>('SELECT host(inet_server_addr()) AS addr')
      expect(rows[0]!.addr).toBe('127.0.0.1')
      await client.end().catch(() => undefined)
      cluster.restart()
      cluster.crashRestart()
      const again = new pg.Client({ connectionString: cluster.url() })
      await again.connect()
      expect((await again.query<{ n: number }>('SELECT sum(n)::int AS n FROM t')).rows[0]!.n).toBe(3)
      await again.end()
    } finally {
      cluster.stop()
    }
    expect(existsSync(cluster.dir)).toBe(false)
  })

  describe("a database per test file in the run's shared cluster", () => {
    const database = usePgDatabase()
    it('is empty and answers', async () => {
      const client = new pg.Client({ connectionString: database.url() })
      await client.connect()
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")
      expect(rows[0]!.n).toBe(0)
      await client.end()
    })
  })
})
