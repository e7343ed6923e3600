import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { stopClusterIn } from './pg-cluster.ts'

/**
 * vitest global setup: a folder where the first test that needs PostgreSQL
 * announces the run's shared cluster (pg-shared.ts). Teardown stops that cluster,
 * also after failed tests.
 */
export default function setup(project: TestProject): () => void {
  const coordination = mkdtempSync(join(tmpdir(), 'workbench-pg-run-'))
  project.provide('pgShared', coordination)
  return () => {
    const announced = join(coordination, 'cluster.json')
    try {
      if (existsSync(announced)) stopClusterIn((JSON.parse(readFileSync(announced, 'utf8')) as { dir: string }).dir)
    } finally {
      rmSync(coordination, { recursive: true, force: true })
    }
  }
}
