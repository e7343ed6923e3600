import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Command } from 'commander'
import { WorkbenchError } from '../../contract/errors.ts'
import type { SuggestionRow } from '../../contract/suggest.ts'
import { insertArticle } from '../../core/services/articles.ts'
import { parseTextReport } from '../../core/services/text-report.ts'
import { acceptSuggestions } from '../../core/suggest/accept.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'

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

function readReport(path: string): { title: string; body: string; format: 'txt' | 'md' } {
  const ext = extname(path).toLowerCase()
  if (ext !== '.txt' && ext !== '.md') throw new WorkbenchError('rejected', `${path}: only .txt and .md reports can be read with --file (this is "${ext || 'no extension'}").`)
  if (!existsSync(path) || !statSync(path).isFile()) throw new WorkbenchError('not_found', `${path}: no such file.`)
  const raw = readFileSync(path)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(raw)
  if (text.includes('\u0000')) throw new WorkbenchError('rejected', `${path}: this is not a text file.`)
  return { ...parseTextReport(text, path), format: ext === '.md' ? 'md' : 'txt' }
}

export function registerSuggestCommand(program: Command): void {
  dbOptions(
    program
      .command('suggest')
      .description('suggest the claims of an article (or of a .txt/.md report), with confidence, cue and speaker')
      .argument('[article-id]', 'a stored article', parseId)
  )
    .option('--file <path>', 'a .txt or .md report instead of a stored article')
    .option('--accept', 'store the suggestions as claims (a --file report is imported first)')
    .option('--json', 'print JSON: [{quote, start, end, confidence, cue, attributed_to, score}]')
    .action(async (articleId: number | undefined, opts: Opts) => {
      if ((articleId === undefined) === (opts.file === undefined)) throw new WorkbenchError('invalid_input', 'suggest: give either an article id or --file PATH (not both).')
      const report = opts.file ? readReport(opts.file) : null
      const rows = await withCore(opts, async (core) => {
        let id = articleId
        if (report && opts.accept) {
          const r = insertArticle(core.database, { title: report.title, body: report.body, format: report.format, fileName: basename(opts.file!) })
          id = r.id
          process.stderr.write(`${opts.file}: ${r.status === 'imported' ? 'imported as' : 'already stored as'} article ${r.id}\n`)
        }
        const suggestions = id !== undefined ? await invoke(core, 'suggest.article', { articleId: id }) : await invoke(core, 'suggest.text', { text: report!.body })
        if (opts.accept && id !== undefined) {
          const { inserted, skipped } = acceptSuggestions(core.database, id, suggestions)
          process.stderr.write(`stored ${inserted.length} claim${inserted.length === 1 ? '' : 's'} for article ${id}${skipped ? ` (${skipped} overlapped claims already there)` : ''}\n`)
        }
        return suggestions
      })
      const out = rows.map(toCli)
      if (opts.json) printJson(out)
      else printTable(out.map((r) => ({ ...r, confidence: r.confidence ?? '—', cue: r.cue?.text ?? '' })), ['start', 'confidence', 'cue', 'attributed_to', 'score', 'quote'])
    })
}
