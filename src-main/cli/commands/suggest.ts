import type { Command } from 'commander'
import { WorkbenchError } from '../../contract/errors.ts'
import type { SuggestionRow } from '../../contract/suggest.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'
import { importReportFile, readReportFile } from '../run-import.ts'

type Opts = DbOptions & { json?: boolean; file?: string; accept?: boolean }

/** The CLI's shape of a suggestion (snake_case, as documented for `workbench suggest --json`). */
const toCli = (s: SuggestionRow) => ({
  quote: s.quote,
  start: s.start,
  end: s.end,
  confidence: s.confidence,
  cue: s.cue,
  attributed_to: s.attributedTo,
  score: s.score
})

export function registerSuggestCommand(program: Command): void {
  dbOptions(
    program
      .command('suggest')
      .description('suggest the claims of an article (or of a report file), with confidence, cue and speaker')
      .argument('[article-id]', 'a stored article', parseId)
  )
    .option('--file <path>', 'a report file (any format the importer reads) instead of a stored article')
    .option('--accept', 'store the suggestions as claims (a --file report is imported first)')
    .option('--json', 'print JSON: [{quote, start, end, confidence, cue, attributed_to, score}]')
    .action(async (articleId: number | undefined, opts: Opts) => {
      if ((articleId === undefined) === (opts.file === undefined))
        throw new WorkbenchError('invalid_input', 'suggest: give either an article id or --file PATH (not both).')
      const rows = await withCore(opts, async (core) => {
        // a report file goes through the importer: imported first with --accept, else only read the way it would be
        const id = opts.file && opts.accept ? await importReportFile(core, opts.file) : articleId
        const suggestions =
          id !== undefined
            ? await invoke(core, 'suggest.article', { articleId: id })
            : await invoke(core, 'suggest.text', { text: (await readReportFile(opts.file!)).body })
        if (opts.accept && id !== undefined) {
          const { inserted, skipped } = suggestions.length
            ? await invoke(core, 'suggest.accept', { articleId: id, suggestions })
            : { inserted: [], skipped: 0 }
          process.stderr.write(
            `stored ${inserted.length} claim${inserted.length === 1 ? '' : 's'} for article ${id}${skipped ? ` (${skipped} overlapped claims already there)` : ''}\n`
          )
        }
        return suggestions
      })
      const out = rows.map(toCli)
      if (opts.json) printJson(out)
      else
        printTable(
          out.map((r) => ({ ...r, confidence: r.confidence ?? '—', cue: r.cue?.text ?? '' })),
          ['start', 'confidence', 'cue', 'attributed_to', 'score', 'quote']
        )
    })
}
