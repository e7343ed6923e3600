import type { Command } from 'commander'
import type { ImportResult, ImportStatus } from '../../contract/import.ts'
import type { Core } from '../../core/core.ts'
import { dbOptions } from '../options.ts'
import { invoke, printJson, withCore, type DbOptions } from '../run-core.ts'

type Opts = DbOptions & { json?: boolean }

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

/** Runs one import job to its end (Ctrl-C cancels it after the current file), following it through the same calls the app uses. */
async function runImport(core: Core, paths: string[]): Promise<{ status: ImportStatus; results: ImportResult[] }> {
  const { jobId } = await invoke(core, 'import.start', { paths })
  const cancel = (): void => {
    process.stderr.write('\ncancelling after the current file…\n')
    void invoke(core, 'import.cancel', { jobId })
  }
  process.once('SIGINT', cancel)
  const progress = progressReporter()
  const results: ImportResult[] = []
  try {
    for (;;) {
      const status = await invoke(core, 'import.status', { jobId, resultsFrom: results.length, waitMs: 1000 })
      results.push(...status.results)
      progress.update(status)
      if (status.finished) return { status, results }
    }
  } finally {
    progress.end()
    process.off('SIGINT', cancel)
  }
}

function printHuman(results: ImportResult[]): void {
  for (const r of results) {
    const id = r.id === undefined ? '' : `#${r.id} `
    if (r.status === 'rejected') process.stdout.write(`rejected   ${r.error}\n`)
    else process.stdout.write(`${r.status.padEnd(10)} ${id}${r.path}${r.title ? ` — ${r.title}` : ''}\n`)
    for (const w of r.warnings ?? []) process.stdout.write(`           warning: ${w}\n`)
  }
}

export function registerImportCommand(program: Command): void {
  dbOptions(program.command('import').description('import reports (.txt .md .html .pdf .docx; .jsonld exports and .qdpx projects with their claims); folders are read recursively').argument('<paths...>', 'files or folders'))
    .option('--json', 'print JSON: [{path, status: "imported"|"duplicate"|"rejected", id?, title?, warnings?, error?}]')
    .addHelpText('after', '\nExit status: 0 all imported (or duplicates), 2 some files rejected (the rest imported), 1 error, 130 cancelled.')
    .action(async (paths: string[], opts: Opts) => {
      const { status, results } = await withCore(opts, (core) => runImport(core, paths))
      if (opts.json) printJson(results.map(({ path, status, id, title, warnings, error }) => ({ path, status, id, title, warnings, error })))
      else printHuman(results)
      process.stderr.write(`imported ${status.imported}, duplicates ${status.duplicates}, rejected ${status.rejected}\n`)
      if (status.error) throw new Error(status.error)
      if (status.cancelled) {
        process.stderr.write(`cancelled: ${status.total - status.done} files were not read.\n`)
        process.exitCode = 130
      } else if (status.rejected > 0) process.exitCode = 2
    })
}
