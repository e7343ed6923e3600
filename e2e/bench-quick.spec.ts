import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { REQUIRED_METRICS, SCALE_METRICS } from '../bench/metrics.ts'

const root = join(import.meta.dirname, '..')

// `npm run bench -- --quick` once, as a smoke test: every figure the issue asks for comes out, as a
// number (or with the reason it was skipped), in the JSON on stdout and in the results file alike.
// No timing is asserted: timings belong to `npm run bench`, not to tests.
test('npm run bench -- --quick --json produces every figure', async () => {
  test.setTimeout(300_000)
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-smoke-'))
  const out = join(dir, 'results.json')
  try {
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'bench', 'run-bench.ts'), '--quick', '--json', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 280_000
      }
    )
    expect(run.status, run.stderr).toBe(0)
    const printed = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown> & {
      skipped: Record<string, string>
      targets: Record<string, { met: boolean }>
    }
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(printed)
    expect(printed.mode).toBe('quick')
    for (const key of REQUIRED_METRICS) {
      if (key in printed.skipped) expect(printed[key], key).toBeNull()
      else {
        expect(typeof printed[key], key).toBe('number')
        expect(Number.isFinite(printed[key]) && (printed[key] as number) > 0, `${key} = ${printed[key]}`).toBe(true)
        expect(typeof printed.targets[key]?.met, key).toBe('boolean')
      }
    }
    expect(run.stderr).toMatch(/cold start → interactive/) // the table goes to stderr with --json
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

// The same for issue 18's `--scale` run, on its small corpus: every scale_* figure comes out (no timing asserted).
test('npm run bench -- --scale --quick --json produces every scale figure', async () => {
  test.setTimeout(300_000)
  const dir = mkdtempSync(join(tmpdir(), 'workbench-bench-scale-smoke-'))
  const out = join(dir, 'results.json')
  try {
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'bench', 'run-bench.ts'),
        '--scale',
        '--quick',
        '--json',
        '--out',
        out
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 280_000
      }
    )
    expect(run.status, run.stderr).toBe(0)
    const printed = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Record<string, unknown> & {
      skipped: Record<string, string>
      targets: Record<string, { met: boolean }>
    }
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(printed)
    expect(printed.mode).toBe('scale-quick')
    expect(printed.scale_articles).toBe(1000)
    expect(printed.scale_claims).toBe(10_000)
    for (const key of SCALE_METRICS) {
      if (key in printed.skipped) expect(printed[key], key).toBeNull()
      else expect(Number.isFinite(printed[key]) && (printed[key] as number) > 0, `${key} = ${String(printed[key])}`).toBe(true)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
