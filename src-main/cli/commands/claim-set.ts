import { type Command, type Option } from 'commander'
import type { ClaimFields, ClaimQuery, ClaimRow } from '../../contract/claims.ts'
import type { Core } from '../../core/core.ts'
import { dbOptions, parseId } from '../options.ts'
import { invoke, printJson, withCore, type DbOptions } from '../run-core.ts'

type Query = Pick<ClaimQuery, 'articleId' | 'confidence' | 'speaker'>

/**
 * Every analyst's claims: this analyst's own (with their id) and the others'
 * (read-only here, with their uid), each with an `analyst` field, in article
 * then text order.
 */
export async function allAnalystsClaims(core: Core, query: Query) {
  const status = await invoke(core, 'team.status', {})
  const own = await invoke(core, 'claims.list', query)
  const others = status.linked ? await invoke(core, 'team.claims', { articleId: query.articleId, layer: 'analyst' }) : []
  const wanted = (c: { confidence: ClaimRow['confidence']; attributedTo: string }): boolean =>
    (!query.confidence || query.confidence.includes(c.confidence ?? 'none')) &&
    (query.speaker === undefined || c.attributedTo.toLowerCase() === query.speaker.toLowerCase())
  const me = status.analyst ?? ''
  const row = (
    analyst: string,
    c: { articleId: number; quote: string; start: number; end: number } & Pick<ClaimRow, 'confidence' | 'attributedTo' | 'note'>
  ) => ({
    analyst,
    article_id: c.articleId,
    quote: c.quote,
    start: c.start,
    end: c.end,
    confidence: c.confidence,
    attributed_to: c.attributedTo,
    note: c.note
  })
  const rows = [
    ...own.map((c) => ({ ...row(me, c), id: c.id as number | null })),
    ...others.filter((c) => c.analyst !== me && wanted(c)).map((c) => ({ ...row(c.analyst, c), id: null, uid: c.uid }))
  ]
  return rows.sort((a, b) => a.article_id - b.article_id || a.start - b.start || (a.analyst < b.analyst ? -1 : 1))
}

/** `workbench claim set`: change one's own claim from a script. */
export function registerClaimSetCommand(claim: Command, confidenceOption: () => Option): void {
  dbOptions(claim.command('set').description('change one of your claims (tag, speaker, note)'))
    .requiredOption('--id <id>', "the claim's id (from `workbench claims --json`)", parseId)
    .addOption(confidenceOption().choices([...(confidenceOption().argChoices ?? []), 'none']))
    .option('--by <name>', 'who made the claim (the speaker)')
    .option('--note <text>', 'the note')
    .option('--json', 'print the changed claim as JSON')
    .action(async (opts: DbOptions & { id: number; confidence?: string; by?: string; note?: string; json?: boolean }) => {
      const patch: Partial<ClaimFields> = {}
      if (opts.confidence !== undefined)
        patch.confidence = opts.confidence === 'none' ? null : (opts.confidence as ClaimFields['confidence'])
      if (opts.by !== undefined) patch.attributedTo = opts.by
      if (opts.note !== undefined) patch.note = opts.note
      if (Object.keys(patch).length === 0) throw new Error('nothing to change: give --confidence, --by or --note.')
      const row = await withCore(opts, (core) => invoke(core, 'claims.update', { id: opts.id, patch }))
      if (opts.json)
        printJson({
          id: row.id,
          article_id: row.articleId,
          quote: row.quote,
          confidence: row.confidence,
          attributed_to: row.attributedTo,
          note: row.note
        })
      else process.stderr.write(`Claim ${row.id}: ${row.confidence ?? 'untagged'}${row.attributedTo ? `, by ${row.attributedTo}` : ''}.\n`)
    })
}
