import { existsSync, statSync } from 'node:fs'
import type { Command } from 'commander'
import { WorkbenchError, type Comparison } from '../../contract/index.ts'
import type { Core } from '../../core/core.ts'
import { dbOptions } from '../options.ts'
import { invoke, printJson, printTable, withCore, type DbOptions } from '../run-core.ts'
import { importReportFile } from '../run-import.ts'

type Opts = DbOptions & { json?: boolean; csv?: boolean; conflicts?: boolean; withSuggestions?: boolean }

/** One side of a comparison: an article id, or a report file imported first by the importer (a file already imported is reused). */
export async function resolveSide(core: Core, side: string): Promise<number> {
  if (/^\d+$/.test(side) && !existsSync(side)) return Number(side)
  if (!existsSync(side)) throw new WorkbenchError('not_found', `${side}: no such file, and not an article id.`)
  if (statSync(side).isDirectory()) throw new WorkbenchError('rejected', `${side}: is a folder; give one report file or an article id.`)
  return importReportFile(core, side)
}

const short = (s: string | undefined, n = 70): string => (!s ? '' : s.length > n ? s.slice(0, n - 1) + '…' : s)

function printComparison(c: Comparison): void {
  process.stdout.write(
    `Left:  ${c.left.id} ${c.left.title} (${c.left.claimsFrom} claims)\nRight: ${c.right.id} ${c.right.title} (${c.right.claimsFrom} claims)\n`
  )
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
    .argument('<left>', 'article id, or a report file to import first (any format the importer reads)')
    .argument('<right>', 'article id, or a report file to import first (any format the importer reads)')
    .option(
      '--json',
      'print JSON: {left:{id,title}, right:{id,title}, sharedEntities, pairs:[{relation, left, right, conflicts, similarity}]}'
    )
    .option('--csv', 'print the comparison as CSV (formula-safe)')
    .option('--conflicts', 'only the pairs that conflict')
    .option('--with-suggestions', 'also align suggested claims where an article has stored ones')
    .action(async (left: string, right: string, opts: Opts) => {
      await withCore(opts, async (core) => {
        const input = {
          leftId: await resolveSide(core, left),
          rightId: await resolveSide(core, right),
          withSuggestions: opts.withSuggestions
        }
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
