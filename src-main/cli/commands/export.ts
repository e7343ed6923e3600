import { type Command, InvalidArgumentError, Option } from 'commander'
import type { ClaimQuery } from '../../contract/claims.ts'
import { confidenceFilter } from '../../contract/claims.ts'
import { exportFormats, type ExportFormat } from '../../contract/export.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, withCore, type DbOptions } from '../run-core.ts'

type Opts = DbOptions & {
  format: ExportFormat
  out?: string
  article?: number
  confidence?: ClaimQuery['confidence']
  by?: string
  bom: boolean
  layer?: 'mine' | 'adjudicated'
}

/** `--confidence evidence,assess` or repeated; 'none' = untagged. */
function collectConfidence(value: string, previous: ClaimQuery['confidence'] = []): NonNullable<ClaimQuery['confidence']> {
  const tags = value.split(',').map((t) => t.trim())
  for (const t of tags) {
    if (!confidenceFilter.safeParse(t).success)
      throw new InvalidArgumentError(`"${t}" is not a tag: use ${confidenceFilter.options.map((o) => `"${o}"`).join(', ')}.`)
  }
  return [...previous, ...(tags as NonNullable<ClaimQuery['confidence']>)]
}

const isBrokenPipe = (err: unknown): boolean => (err as { code?: string })?.code === 'EPIPE'

export function registerExportCommand(program: Command): void {
  dbOptions(
    program
      .command('export')
      .description(
        'export claims as CSV (for spreadsheets), a W3C Web Annotation file (JSON-LD, for another database) or a REFI-QDA project (.qdpx)'
      )
  )
    .addOption(
      new Option('--format <format>', 'csv, jsonld, or qdpx (a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder)')
        .choices(exportFormats)
        .makeOptionMandatory()
    )
    .option('--out <file>', 'write to this file (it appears only when complete); default: standard output')
    .option('--article <id>', 'only the claims in this article', parseId)
    .option(
      '--confidence <tags>',
      'only claims with these tags (comma-separated or repeated): evidence, assess, "do not yet know", none',
      collectConfidence
    )
    .option('--by <name>', 'only claims made by this speaker (case-insensitive)')
    .addOption(
      new Option('--layer <layer>', "team mode: your own claims (mine, the default) or the team's adjudicated layer").choices([
        'mine',
        'adjudicated'
      ])
    )
    .option('--no-bom', 'CSV: no UTF-8 byte order mark (Excel needs it to read UTF-8; other programs may not want it)')
    .addHelpText(
      'after',
      '\nThe same rows and order as the claims view: newest article first, then position in the text.\nCSV columns: claim_id, article_title, article_source, article_published, article_url, quote, confidence, cue,\nattributed_to, source_reliability, claim_credibility, note, start, end, created_at, updated_at, codes.\nA .qdpx holds the claims with their articles, the codebook and the tags as codes; without filters, every article\n(docs/qdpx.md).'
    )
    .action(async (opts: Opts) => {
      const query: ClaimQuery = {}
      if (opts.article !== undefined) query.articleId = opts.article
      if (opts.confidence) query.confidence = [...new Set(opts.confidence)]
      if (opts.by !== undefined) query.speaker = opts.by
      await withCore(opts, async (core) => {
        if (opts.article !== undefined) await invoke(core, 'articles.get', { id: opts.article }) // a clear "There is no article N." rather than an empty file
        const started = await invoke(core, 'export.start', { format: opts.format, selection: { query }, bom: opts.bom, layer: opts.layer })
        try {
          const done = opts.out
            ? await core.exports.writeToFile(started.exportId, opts.out)
            : await core.exports.run(started.exportId, process.stdout)
          process.stderr.write(`Exported ${done.written} claim${done.written === 1 ? '' : 's'}${opts.out ? ` to ${opts.out}` : ''}.\n`)
        } catch (err) {
          if (!isBrokenPipe(err)) throw err // the reader (e.g. `| head`) stopped reading: not an error
        }
      })
    })
}
