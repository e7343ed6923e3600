import { type Command, InvalidArgumentError } from 'commander'
import type { SearchHit } from '../../contract/library.ts'
import { dbOptions } from '../options.ts'
import { invoke, printJson, withCore, type DbOptions } from '../run-core.ts'

type Opts = DbOptions & { json?: boolean; limit: number }

function parseLimit(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError(`"${value}" is not a number of hits between 1 and 1000.`)
  return n
}

/** The matched words in bold on a terminal; as they are elsewhere. */
function emphasise(text: string, ranges: [number, number][]): string {
  if (!process.stdout.isTTY) return text
  let out = ''
  let at = 0
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + '\x1b[1m' + text.slice(s, e) + '\x1b[22m'
    at = e
  }
  return out + text.slice(at)
}

function printHuman(hits: SearchHit[]): void {
  for (const h of hits) {
    process.stdout.write(
      `#${h.id}  ${emphasise(h.title, h.titleHighlights)}${h.source ? `  (${h.source})` : ''}\n    ${emphasise(h.snippet ?? '', h.highlights)}\n`
    )
  }
}

export function registerSearchCommand(program: Command): void {
  dbOptions(
    program
      .command('search')
      .description('full-text search of titles and texts, best match first')
      .argument('<query...>', 'words; "quoted words" match as a phrase')
  )
    .option('--limit <n>', 'at most this many hits', parseLimit, 20)
    .option('--json', 'print JSON: [{id, title, snippet, rank}] (rank: relevance, higher is better)')
    .action(async (words: string[], opts: Opts) => {
      const hits = await withCore(opts, (core) => invoke(core, 'articles.search', { query: words.join(' '), limit: opts.limit }))
      if (opts.json) printJson(hits.map(({ id, title, snippet, rank }) => ({ id, title, snippet, rank })))
      else if (hits.length) printHuman(hits)
      else process.stderr.write('no matches\n')
    })
}
