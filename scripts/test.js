// `npm test`: type-check, lint (ESLint, Prettier, knip), unit tests (vitest), then e2e (Playwright, browser
// mode in Chromium). Ends with one line "N passed, N failed" totalling both suites.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const results = join(root, 'test-results')
const bin = (pkg, file) => join(root, 'node_modules', pkg, file)
mkdirSync(results, { recursive: true })

function run(label, args, env = {}) {
  console.log(`\n=== ${label} ===`)
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status ?? 1
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

const typecheck = run('type-check (tsc)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json'])
// `npm run lint`'s three parts: ESLint (zero warnings), Prettier's check, knip (unused files, exports, dependencies)
const lintParts = [
  [
    'lint (ESLint)',
    [bin('eslint', 'bin/eslint.js'), '--cache', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings', '0', '.']
  ],
  ['format (Prettier --check)', [bin('prettier', 'bin/prettier.cjs'), '--check', '--cache', '--log-level', 'warn', '.']],
  ['dead code (knip)', [bin('knip', 'bin/knip.js')]]
]
const lintFailed = lintParts.map(([label, args]) => run(label, args)).filter((status) => status !== 0).length

const unitFile = join(results, 'unit.json')
rmSync(unitFile, { force: true })
const unitStatus = run('unit tests (vitest)', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`
])
const unit = readJson(unitFile)

const e2eFile = join(results, 'e2e.json')
rmSync(e2eFile, { force: true })
const e2eStatus = run('end-to-end tests (Playwright, browser mode)', [bin('@playwright/test', 'cli.js'), 'test'])
const e2e = readJson(e2eFile)

const unitPassed = unit?.numPassedTests ?? 0
const unitFailed = unit ? unit.numFailedTests : 1
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0
const e2eFailed = e2e ? e2e.stats.unexpected : 1
const e2eSkipped = e2e?.stats.skipped ?? 0
// a runner that crashed or a failed type-check counts as a failure even if no test failed
const extra =
  lintFailed + (typecheck !== 0 ? 1 : 0) + (unitStatus !== 0 && unitFailed === 0 ? 1 : 0) + (e2eStatus !== 0 && e2eFailed === 0 ? 1 : 0)

console.log('\n=== summary ===')
console.log(`type-check: ${typecheck === 0 ? 'ok' : 'FAILED'}`)
console.log(`lint, format, dead code: ${lintFailed === 0 ? 'ok' : `${lintFailed} of 3 FAILED`}`)
console.log(`unit: ${unitPassed} passed, ${unitFailed} failed${unit ? '' : ' (no results: vitest did not finish)'}`)
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed, ${e2eSkipped} skipped${e2e ? '' : ' (no results: Playwright did not finish)'}`)
const passed = unitPassed + e2ePassed
const failed = unitFailed + e2eFailed + extra
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
