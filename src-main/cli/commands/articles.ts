import type { Command } from 'commander'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'
import { dbOptions, parseId } from '../options.ts'

type Opts = DbOptions & { json?: boolean }

export function registerArticleCommands(program: Command): void {
  dbOptions(program.command('list').description('list the articles in the corpus'))
    .option('--json', 'print JSON: [{id, title, source, published, url, claims}]')
    .action(async (opts: Opts) => {
      const rows = await withCore(opts, (core) => invoke(core, 'articles.list', {}))
      const out = rows.map(({ id, title, source, published, url, claims }) => ({ id, title, source, published, url, claims }))
      if (opts.json) printJson(out)
      else printTable(out, ['id', 'title', 'source', 'published', 'claims'])
    })

  dbOptions(program.command('show').description('show one article with its text').argument('<id>', 'article id', parseId))
    .option('--json', 'print JSON with the body')
    .action(async (id: number, opts: Opts) => {
      const a = await withCore(opts, (core) => invoke(core, 'articles.get', { id }))
      if (opts.json) printJson(a)
      else process.stdout.write(`${a.title}\n${[a.source, a.published].filter(Boolean).join(' · ')}\n\n${a.body}\n`)
    })
}
