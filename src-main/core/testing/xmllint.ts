import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { appRoot } from '../app-root.ts'

const run = promisify(execFile)
export const QDE_SCHEMA = join(appRoot(), 'fixtures', 'standards', 'Project-mrt2019.xsd')

/**
 * Validates a project.qde against the REFI-QDA schema with libxml2's xmllint (Debian: libxml2-utils; .ci/run
 * installs it). Resolves with xmllint's messages; a missing xmllint fails the test rather than skipping it.
 */
export async function validateQde(xml: string): Promise<{ valid: boolean; messages: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-qde-'))
  const file = join(dir, 'project.qde')
  writeFileSync(file, xml)
  try {
    const { stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', QDE_SCHEMA, file])
    return { valid: true, messages: stderr }
  } catch (err) {
    const e = err as { code?: string | number; stderr?: string }
    if (e.code === 'ENOENT')
      throw new Error('xmllint is not installed: apt-get install libxml2-utils (the schema tests need it)', { cause: err })
    return { valid: false, messages: e.stderr ?? String(err) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
