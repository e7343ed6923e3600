import type { ImportResult, ImportStatus } from '../contract/import.ts'
import { WorkbenchError } from '../contract/errors.ts'
import type { Core } from '../core/core.ts'
import { prepareFile } from '../core/import/prepare-file.ts'
import { readForImport } from '../core/import/read-paths.ts'
import { ImportRejection } from '../core/import/rejection.ts'
import { invoke } from './run-core.ts'

/** Progress on stderr: a self-updating line on a terminal, else a line at most every two seconds. */
function progressReporter(): { update(s: ImportStatus): void; end(): void } {
  const tty = process.stderr.isTTY
  let last = 0
  return {
    update(s) {
      const now = Date.now()
      if (!s.finished && now - last < (tty ? 100 : 2000)) return
      last = now
      const line = `importing: ${s.done} of ${s.total} files (imported ${s.imported}, duplicates ${s.duplicates}, rejected ${s.rejected})`
      process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`)
    },
    end() {
      if (tty) process.stderr.write('\n')
    }
  }
}

/**
 * Runs one import job to its end (Ctrl-C cancels it after the current file), following it through the
 * same calls the app uses: every command that takes a report file imports it this way.
 */
export async function runImport(
  core: Core,
  paths: string[],
  opts: { progress?: boolean } = {}
): Promise<{ status: ImportStatus; results: ImportResult[] }> {
  const { jobId } = await invoke(core, 'import.start', { paths })
  const cancel = (): void => {
    process.stderr.write('\ncancelling after the current file…\n')
    void invoke(core, 'import.cancel', { jobId })
  }
  process.once('SIGINT', cancel)
  const progress = opts.progress === false ? undefined : progressReporter()
  const results: ImportResult[] = []
  try {
    for (;;) {
      const status = await invoke(core, 'import.status', { jobId, resultsFrom: results.length, waitMs: 1000 })
      results.push(...status.results)
      progress?.update(status)
      if (status.finished) return { status, results }
    }
  } finally {
    progress?.end()
    process.off('SIGINT', cancel)
  }
}

const printWarnings = (path: string, warnings: string[] | undefined): void => {
  for (const w of warnings ?? []) process.stderr.write(`${path}: warning: ${w}\n`)
}

/** Imports one report file with the importer (any format it reads), or finds the article it duplicates; says which on stderr. */
export async function importReportFile(core: Core, path: string): Promise<number> {
  const { status, results } = await runImport(core, [path], { progress: false })
  if (status.error) throw new Error(status.error)
  if (results.length !== 1) throw new WorkbenchError('rejected', `${path}: is a folder; give one report file or an article id.`)
  const r = results[0]!
  if (r.status === 'rejected' || r.id === undefined) throw new WorkbenchError('rejected', r.error ?? `${path}: could not be imported.`)
  process.stderr.write(r.status === 'imported' ? `Imported ${path} as article ${r.id}.\n` : `${path} is already article ${r.id}.\n`)
  printWarnings(path, r.warnings)
  return r.id
}

/** Reads one report file exactly as the importer would (decoding, control characters, warnings) without storing it. */
export async function readReportFile(path: string): Promise<{ title: string; body: string }> {
  try {
    const prepared = await prepareFile(path, await readForImport(path))
    if (prepared.kind !== 'article')
      throw new WorkbenchError(
        'rejected',
        `${path}: holds articles with their claims; import it, then suggest for one of its articles by id.`
      )
    printWarnings(path, prepared.article.warnings)
    return { title: prepared.article.title, body: prepared.article.body }
  } catch (err) {
    if (err instanceof ImportRejection) throw new WorkbenchError('rejected', err.message)
    throw err
  }
}
