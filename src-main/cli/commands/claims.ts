import { type Command, InvalidArgumentError, Option } from 'commander'
import { confidences, type ClaimRow } from '../../contract/index.ts'
import { locateQuote } from '../../core/anchor/locate-quote.ts'
import { allAnalystsClaims, registerClaimSetCommand } from './claim-set.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'

/** The CLI's JSON shape for a claim (snake_case, as scripts expect). */
export const claimJson = (c: ClaimRow) => ({
  id: c.id,
  article_id: c.articleId,
  quote: c.quote,
  start: c.start,
  end: c.end,
  confidence: c.confidence,
  attributed_to: c.attributedTo,
  note: c.note,
  created_at: c.createdAt,
  updated_at: c.updatedAt
})

const confidenceOption = () => new Option('--confidence <tag>', 'evidence, assess or "do not yet know"').choices(confidences)

function parseOccurrence(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be 1 or more')
  return n
}

export function registerClaimCommands(program: Command): void {
  const claim = program.command('claim').description('add a claim to an article')
  dbOptions(claim.command('add').description('mark a quote in an article as a claim'))
    .requiredOption('--article <id>', 'article id', parseId)
    .requiredOption(
      '--quote <text>',
      'the text of the claim as the article shows it (non-breaking spaces, curly quotes and space runs match their plain forms)'
    )
    .addOption(confidenceOption())
    .option('--by <name>', 'who made the claim')
    .option('--note <text>', 'a note')
    .option('--occurrence <n>', 'which occurrence of the quote, when it appears more than once', parseOccurrence, 1)
    .option('--json', 'print the new claim as JSON')
    .action(
      async (
        opts: DbOptions & {
          article: number
          quote: string
          confidence?: ClaimRow['confidence']
          by?: string
          note?: string
          occurrence: number
          json?: boolean
        }
      ) => {
        const row = await withCore(opts, async (core) => {
          const article = await invoke(core, 'articles.get', { id: opts.article })
          const span = locateQuote(article.body, opts.quote, opts.occurrence)
          return invoke(core, 'claims.create', {
            articleId: article.id,
            ...span,
            confidence: opts.confidence ?? null,
            attributedTo: opts.by,
            note: opts.note
          })
        })
        if (opts.json) printJson(claimJson(row))
        else process.stderr.write(`Added claim ${row.id} (${row.confidence ?? 'untagged'}) at ${row.start}–${row.end}.\n`)
      }
    )

  registerClaimSetCommand(claim, confidenceOption)

  dbOptions(program.command('claims').description('list claims (all articles, or one)'))
    .option('--article <id>', 'only this article', parseId)
    .addOption(confidenceOption())
    .option('--by <name>', 'only claims made by this speaker')
    .option('--all', "team mode: every analyst's claims, each with an analyst field (default: your own)")
    .option(
      '--json',
      'print JSON: [{id, article_id, quote, start, end, confidence, attributed_to, note, created_at, updated_at, codes}] (codes: paths like "Military / Troop movements")'
    )
    .action(
      async (
        opts: DbOptions & { article?: number; confidence?: NonNullable<ClaimRow['confidence']>; by?: string; all?: boolean; json?: boolean }
      ) => {
        const query = { articleId: opts.article, confidence: opts.confidence ? [opts.confidence] : undefined, speaker: opts.by }
        if (opts.all) {
          const all = await withCore(opts, (core) => allAnalystsClaims(core, query))
          if (opts.json) printJson(all)
          else printTable(all, ['analyst', 'id', 'article_id', 'confidence', 'attributed_to', 'quote'])
          return
        }
        const { rows, codesOf } = await withCore(opts, async (core) => {
          const rows = await invoke(core, 'claims.list', query)
          const [codes, pairs] = await Promise.all([
            invoke(core, 'codes.list', {}),
            invoke(core, 'codes.assignments', opts.article ? { articleId: opts.article } : {})
          ])
          const label = new Map(codes.map((c) => [c.id, c.path.join(' / ')]))
          const codesOf = new Map<number, string[]>()
          pairs.claimIds.forEach((claim, i) => codesOf.set(claim, [...(codesOf.get(claim) ?? []), label.get(pairs.codeIds[i]!)!]))
          return { rows, codesOf }
        })
        const out = rows.map((c) => ({ ...claimJson(c), codes: codesOf.get(c.id) ?? [] }))
        if (opts.json) printJson(out)
        else printTable(out, ['id', 'article_id', 'confidence', 'attributed_to', 'quote'])
      }
    )
}
