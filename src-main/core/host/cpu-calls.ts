import type { Comparison } from '../../contract/compare.ts'
import type { CompareOptions } from '../compare/compare-articles.ts'
import { compareSide, type CompareSide } from '../compare/compare-side.ts'
import { ParsedSides } from '../compare/parsed-sides.ts'
import type { CoreContext } from '../context.ts'
import type { FormatTable } from '../import/format.ts'
import { FORMATS } from '../import/formats.ts'
import { ImportRejection } from '../import/rejection.ts'
import { effectiveLexicon } from '../services/cue-lexicon.ts'
import type { Suggestion } from '../suggest/suggest.ts'
import { inlineCpu, type CpuRunner } from './cpu-pool.ts'
import { EncodedJson } from './encoded-json.ts'

// The calls whose work is mostly CPU: each reads what it needs from the database here, on the core's thread,
// and hands plain data to ctx.cpu (a worker pool in the app), so the core answers other calls meanwhile.

const cues = async (ctx: CoreContext) => (await effectiveLexicon(ctx.database)).entries

/** The suggester on a text, with the analyst's cue lexicon. */
export const suggestOnCpu = async (ctx: CoreContext, text: string): Promise<Suggestion[]> =>
  ctx.cpu.run({ kind: 'suggest', text, cues: await cues(ctx) })

/**
 * The two sides read, and parsed (tagged, their claims found and read: most of a comparison's time) each in a task of
 * its own, or taken from the sides parsed last (kept per database: parsed-sides.ts). Where the CPU runner has two
 * threads or more (three cores and up) the two parse at once; with one, one after the other. They come back as bytes
 * (packed-side.ts), which this thread keeps and passes on without reading them.
 */
async function sides(ctx: CoreContext, leftId: number, rightId: number, options: CompareOptions) {
  const [left, right] = [await compareSide(ctx.database, leftId), await compareSide(ctx.database, rightId)]
  const task = { left, right, cues: await cues(ctx), options }
  const kept = ctx.database.state.slot('compare-parsed-sides', () => new ParsedSides())
  const parse = (side: CompareSide) =>
    kept.get(side, task.cues, options, () => ctx.cpu.run({ kind: 'compareParse', side, cues: task.cues, options }))
  const parsed: [Uint8Array, Uint8Array] = await Promise.all([parse(left), parse(right)])
  return { ...task, parsed }
}

/** For the page, the comparison comes encoded as JSON (passed along as it is: encoded-json.ts); for code in this process, as objects. */
export async function compareOnCpu(ctx: CoreContext, leftId: number, rightId: number, options: CompareOptions): Promise<Comparison> {
  const task = await sides(ctx, leftId, rightId, options)
  if (ctx.caller !== 'page') return ctx.cpu.run({ kind: 'compare', ...task })
  const bytes = await ctx.cpu.run({ kind: 'compareJson', ...task })
  return new EncodedJson(bytes) as unknown as Comparison // what the page receives is the same Comparison, as its JSON
}

export async function compareCsvOnCpu(ctx: CoreContext, leftId: number, rightId: number, options: CompareOptions, conflictsOnly = false) {
  return ctx.cpu.run({ kind: 'compareCsv', ...(await sides(ctx, leftId, rightId, options)), conflictsOnly })
}

const pooledFormats = new WeakMap<CpuRunner, FormatTable>()

/**
 * The importer's formats with each article format's parse (web pages through jsdom and Readability, PDF, DOCX,
 * text) run by `cpu`; the formats that store themselves (.jsonld, .qdpx) stay as they are. For the in-thread
 * runner: the formats themselves.
 */
export function formatsOn(cpu: CpuRunner): FormatTable {
  if (cpu === inlineCpu) return FORMATS
  const known = pooledFormats.get(cpu)
  if (known) return known
  const entries = Object.entries(FORMATS).map(([ext, format]) => {
    if (format.kind !== 'article') return [ext, format] as const
    const parse = async (bytes: Uint8Array, name: string) => {
      const outcome = await cpu.run({ kind: 'parse', ext, name, bytes })
      if ('rejected' in outcome) throw new ImportRejection(outcome.rejected)
      return outcome.parsed
    }
    return [ext, { ...format, parse }] as const
  })
  const table: FormatTable = Object.fromEntries(entries)
  pooledFormats.set(cpu, table)
  return table
}
