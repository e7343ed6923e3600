import type { Command } from 'commander'
import type { ImportResult } from '../../contract/import.ts'
import { dbOptions } from '../options.ts'
import { printJson, withCore, type DbOptions } from '../run-core.ts'
import { runImport } from '../run-import.ts'

type Opts = DbOptions & { json?: boolean }

function printHuman(results: ImportResult[]): void {
  for (const r of results) {
    const id = r.id === undefined ? '' : `#${r.id} `
    if (r.status === 'rejected') process.stdout.write(`rejected   ${r.error}\n`)
    else process.stdout.write(`${r.status.padEnd(10)} ${id}${r.path}${r.title ? ` — ${r.title}` : ''}\n`)
    for (const w of r.warnings ?? []) process.stdout.write(`           warning: ${w}\n`)
  }
}

export function registerImportCommand(program: Command): void {
  dbOptions(
    program
      .command('import')
      .description(
        'import reports (.txt .md .html .pdf .docx; .jsonld exports and .qdpx projects with their claims); folders are read recursively'
      )
      .argument('<paths...>', 'files or folders')
  )
    .option('--json', 'print JSON: [{path, status: "imported"|"duplicate"|"rejected", id?, title?, warnings?, error?}]')
    .addHelpText(
      'after',
      '\nExit status: 0 all imported (or duplicates), 2 some files rejected (the rest imported), 1 error, 130 cancelled.'
    )
    .action(async (paths: string[], opts: Opts) => {
      const { status, results } = await withCore(opts, (core) => runImport(core, paths))
      if (opts.json)
        printJson(results.map(({ path, status, id, title, warnings, error }) => ({ path, status, id, title, warnings, error })))
      else printHuman(results)
      process.stderr.write(`imported ${status.imported}, duplicates ${status.duplicates}, rejected ${status.rejected}\n`)
      if (status.error) throw new Error(status.error)
      if (status.cancelled) {
        process.stderr.write(`cancelled: ${status.total - status.done} files were not read.\n`)
        process.exitCode = 130
      } else if (status.rejected > 0) process.exitCode = 2
    })
}
