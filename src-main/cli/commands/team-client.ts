import type { Command } from 'commander'
import type { AgreementReportRow } from '../../contract/team.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, printJson, withCore, type DbOptions } from '../run-core.ts'

const fmt = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits))

/** The agreement report for people: figures, then per-tag use, then what to look out for. */
export function printAgreement(r: AgreementReportRow): void {
  const out: string[] = [
    `Analysts: ${r.analysts.join(', ') || '(none yet: sync first)'}` +
      ` over ${r.articles} article${r.articles === 1 ? '' : 's'} marked by two or more`,
    `Matched spans: ${r.matched}   unmatched claims: ${r.unmatched}   span F1: ${fmt(r.spanF1)}`,
    `Tag agreement: ${r.percent === null ? '—' : `${r.percent}%`}   Cohen's kappa: ${fmt(r.cohenKappa)}` +
      `   Krippendorff's alpha: ${fmt(r.krippendorffAlpha)}`
  ]
  for (const [tag, f] of Object.entries(r.perTag)) {
    out.push(
      `  ${tag}: ${Object.entries(f.uses)
        .map(([a, n]) => `${a} ${n}`)
        .join(', ')}; specific agreement ${fmt(f.specificAgreement, 2)}`
    )
  }
  for (const d of r.diagnostics) out.push(`! ${d.message}`)
  process.stdout.write(out.join('\n') + '\n')
}

/** This laptop's side of team mode: join, sync, mark done, agreement. */
export function registerTeamClientCommands(program: Command, team: Command): void {
  dbOptions(team.command('join').description('link this database to a team server as one analyst'))
    .argument('<url>', 'the team server, as `workbench team serve` printed it')
    .requiredOption('--as <name>', 'your analyst name on the team')
    .requiredOption('--token <token>', 'your token (from `workbench team add-analyst`)')
    .option('--json', 'print the team status as JSON')
    .action(async (url: string, opts: DbOptions & { as: string; token: string; json?: boolean }) => {
      const status = await withCore(opts, (core) => invoke(core, 'team.join', { url, analyst: opts.as, token: opts.token }))
      if (opts.json) printJson(status)
      else
        process.stderr.write(
          `Joined ${url} as ${status.analyst}${status.blind ? ' (blind mode)' : ''}; ` +
            `${status.pending} change(s) to push: run \`workbench sync\`.\n`
        )
    })

  dbOptions(team.command('done').description("mark an article done (in blind mode, others' judgments on it show after the next sync)"))
    .argument('<article>', 'article id', parseId)
    .action(async (articleId: number, opts: DbOptions) => {
      await withCore(opts, (core) => invoke(core, 'team.done', { articleId }))
      process.stderr.write(`Article ${articleId} marked done.\n`)
    })

  dbOptions(program.command('sync').description("push your changes to the team server and pull everyone else's"))
    .option('--json', 'print {pushed, pulled}')
    .action(async (opts: DbOptions & { json?: boolean }) => {
      const r = await withCore(opts, (core) => invoke(core, 'team.sync', {}))
      if (opts.json) printJson(r)
      else process.stderr.write(`Synced: pushed ${r.pushed}, pulled ${r.pulled}.\n`)
    })

  dbOptions(program.command('agreement').description("agreement among the team's analysts on the confidence tag and the spans"))
    .option('--article <id>', 'only this article', parseId)
    .option(
      '--json',
      'print {analysts, articles, matched, unmatched, percent, cohen_kappa, krippendorff_alpha, per_tag, span_f1, diagnostics}'
    )
    .action(async (opts: DbOptions & { article?: number; json?: boolean }) => {
      const r = await withCore(opts, (core) => invoke(core, 'agreement.report', { articleId: opts.article }))
      if (!opts.json) return printAgreement(r)
      printJson({
        analysts: r.analysts,
        articles: r.articles,
        matched: r.matched,
        unmatched: r.unmatched,
        percent: r.percent,
        cohen_kappa: r.cohenKappa,
        krippendorff_alpha: r.krippendorffAlpha,
        per_tag: Object.fromEntries(
          Object.entries(r.perTag).map(([t, f]) => [t, { uses: f.uses, specific_agreement: f.specificAgreement }])
        ),
        span_f1: r.spanF1,
        diagnostics: r.diagnostics
      })
    })
}
