import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type { Command } from 'commander'
import { WorkbenchError, type Comparison } from '../../contract/index.ts'
import { insertArticle } from '../../core/services/articles.ts'
import { parseTextReport } from '../../core/services/text-report.ts'
import type { Core } from '../../core/core.ts'
import { dbOptions } from '../options.ts'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'

type Opts = DbOptions & { json?: boolean; csv?: boolean; conflicts?: boolean; withSuggestions?: boolean }

/**
 * One side of a comparison: an article id, or a report file imported first (a
 * file already imported is reused). Until the full importer lands, .txt and .md.
 */
export function resolveSide(core: Core, side: string): number {
  if (/^\d+$/.test(side) && !existsSync(side)) return Number(side)
  if (!existsSync(side)) throw new WorkbenchError('not_found', `${side}: no such file, and not an article id.`)
  if (statSync(side).isDirectory()) throw new WorkbenchError('rejected', `${side}: is a folder; give one report file or an article id.`)
  const ext = extname(side).toLowerCase()
  if (ext !== '.txt' && ext !== '.md') throw new WorkbenchError('rejected', `${side}: cannot import ${ext || 'a file without an extension'} here yet; give a .txt or .md report, or the id of an imported article.`)
  const raw = readFileSync(side, 'utf8')
  if (raw.includes('\uFFFD')) throw new WorkbenchError('rejected', `${side}: is not UTF-8 text.`)
  const { title, body } = parseTextReport(raw, side)
  if (body.trim() === '') throw new WorkbenchError('rejected', `${side}: is empty.`)
  const r = insertArticle(core.database, { title, body, format: ext === '.md' ? 'md' : 'txt', fileName: basename(side) })
  process.stderr.write(r.status === 'imported' ? `Imported ${side} as article ${r.id}.\n` : `${side} is already article ${r.id}.\n`)
  return r.id
}

const short = (s: string | undefined, n = 70): string => (!s ? '' : s.length > n ? s.slice(0, n - 1) + '…' : s)

function printComparison(c: Comparison): void {
  process.stdout.write(`Left:  ${c.left.id} ${c.left.title} (${c.left.claimsFrom} claims)\nRight: ${c.right.id} ${c.right.title} (${c.right.claimsFrom} claims)\n`)
  process.stdout.write(`Shared: ${c.sharedEntities.map((e) => e.name).join(', ') || 'no names in common'}\n\n`)
  printTable(
    c.pairs.map((p) => ({
      relation: p.relation,
      conflicts: p.conflicts.map((x) => `${x.kind}: ${x.left} ≠ ${x.right}`).join('; '),
      left: short(p.left?.quote),
      right: short(p.right?.quote)
    })),
    ['relation', 'conflicts', 'left', 'right']
  )
}

export function registerCompareCommand(program: Command): void {
  dbOptions(program.command('compare').description('compare two reports: their claims aligned, agreements and conflicts'))
    .argument('<left>', 'article id, or a .txt/.md report file to import first')
    .argument('<right>', 'article id, or a .txt/.md report file to import first')
    .option('--json', 'print JSON: {left:{id,title}, right:{id,title}, sharedEntities, pairs:[{relation, left, right, conflicts, similarity}]}')
    .option('--csv', 'print the comparison as CSV (formula-safe)')
    .option('--conflicts', 'only the pairs that conflict')
    .option('--with-suggestions', 'also align suggested claims where an article has stored ones')
    .action(async (left: string, right: string, opts: Opts) => {
      await withCore(opts, async (core) => {
        const input = { leftId: resolveSide(core, left), rightId: resolveSide(core, right), withSuggestions: opts.withSuggestions }
        if (opts.csv) {
          process.stdout.write((await invoke(core, 'compare.csv', { ...input, conflictsOnly: opts.conflicts })).csv)
          return
        }
        const c = await invoke(core, 'compare.articles', input)
        const shown = opts.conflicts ? { ...c, pairs: c.pairs.filter((p) => p.relation === 'conflicts') } : c
        if (opts.json) printJson(shown)
        else printComparison(shown)
      })
    })
}
