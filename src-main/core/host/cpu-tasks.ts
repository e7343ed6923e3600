import type { Comparison } from '../../contract/compare.ts'
import type { CompareOptions, ParsedSide } from '../compare/compare-articles.ts'
import type { CompareSide } from '../compare/compare-side.ts'
import type { ParsedDocument } from '../import/format.ts'
import { ImportRejection } from '../import/rejection.ts'
import { encodeJson } from './encoded-json.ts'
import { buildLexicon, type Lexicon, type LexiconEntry } from '../suggest/lexicon.ts'
import { suggestClaims, type Suggestion } from '../suggest/suggest.ts'

/**
 * The core's CPU-heavy work as pure functions of plain data (text in, results out), so it can run on a worker
 * thread while the core keeps answering: reading an imported file, suggesting claims, comparing two reports.
 * The database parts stay with the services; these never touch it.
 */
export type CpuTask =
  | { kind: 'parse'; ext: string; name: string; bytes: Uint8Array }
  | { kind: 'suggest'; text: string; cues: LexiconEntry[] }
  /** one side of a comparison tagged and its claims found (packed), to keep and to parse the two sides at once on two threads */
  | { kind: 'compareParse'; side: CompareSide; cues: LexiconEntry[]; options: CompareOptions }
  | ({ kind: 'compare' } & CompareTask)
  /** the comparison encoded as JSON, for a page (see encoded-json.ts) */
  | ({ kind: 'compareJson' } & CompareTask)
  | ({ kind: 'compareCsv'; conflictsOnly: boolean } & CompareTask)

/** Two sides to compare; `parsed`: their compareParse results, where they were parsed already. */
interface CompareTask {
  left: CompareSide
  right: CompareSide
  cues: LexiconEntry[]
  options: CompareOptions
  parsed?: [Uint8Array, Uint8Array]
}

/** What a file's parse gives back: the document, or the importer's reason to refuse it (kept apart from crashes). */
export type ParseOutcome = { parsed: ParsedDocument } | { rejected: string }

export interface CpuResults {
  parse: ParseOutcome
  suggest: Suggestion[]
  /** the side parsed, as bytes (compare/packed-side.ts) */
  compareParse: Uint8Array
  compare: Comparison
  compareJson: Uint8Array
  compareCsv: { fileName: string; csv: string }
}

export type CpuResult<K extends CpuTask['kind']> = CpuResults[K]

// The lexicon compiled once per set of cues in each thread (compiling its patterns is the slow part).
let compiled: { key: string; lexicon: Lexicon } | undefined
function lexiconOf(cues: LexiconEntry[]): Lexicon {
  const key = JSON.stringify(cues)
  if (compiled?.key !== key) compiled = { key, lexicon: buildLexicon(cues) }
  return compiled.lexicon
}

async function parseFile(ext: string, name: string, bytes: Uint8Array): Promise<ParseOutcome> {
  const { FORMATS } = await import('../import/formats.ts')
  const format = FORMATS[ext]
  if (format?.kind !== 'article') throw new Error(`no article format reads ${ext}`)
  try {
    return { parsed: await format.parse(bytes, name) }
  } catch (err) {
    if (err instanceof ImportRejection) return { rejected: err.message }
    throw err
  }
}

async function compareTask(task: CompareTask): Promise<Comparison> {
  const [{ compareSides }, { decodeSide }] = await Promise.all([
    import('../compare/compare-articles.ts'),
    import('../compare/packed-side.ts')
  ])
  const [left, right] = task.parsed ?? []
  const parsed: [ParsedSide, ParsedSide] | undefined =
    left && right ? [decodeSide(left, task.left.article), decodeSide(right, task.right.article)] : undefined
  return compareSides(task.left, task.right, lexiconOf(task.cues), task.options, parsed)
}

/** Runs one task here, in this thread (a worker's entry calls it; so does the core when it has no pool). */
export async function runCpuTask(task: CpuTask): Promise<CpuResult<CpuTask['kind']>> {
  switch (task.kind) {
    case 'parse':
      return parseFile(task.ext, task.name, task.bytes)
    case 'suggest':
      return suggestClaims(task.text, lexiconOf(task.cues))
    case 'compareParse': {
      const [{ parseSide }, { encodeSide }] = await Promise.all([
        import('../compare/compare-articles.ts'),
        import('../compare/packed-side.ts')
      ])
      return encodeSide(parseSide(task.side, lexiconOf(task.cues), task.options))
    }
    case 'compare':
      return compareTask(task)
    case 'compareJson':
      return encodeJson(await compareTask(task))
    case 'compareCsv': {
      const [c, { comparisonCsv, comparisonFileName }] = await Promise.all([compareTask(task), import('../compare/comparison-csv.ts')])
      return { fileName: comparisonFileName(c), csv: comparisonCsv(c, task.conflictsOnly) }
    }
  }
}
