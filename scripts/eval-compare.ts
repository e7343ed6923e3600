// The compare part of `npm run eval` (docs/eval-real-news.md): the labelled report pairs of the PolNeAR training
// articles (src-main/core/compare/real-news/pairs.json), compared as two fresh imports compare, scored per part.
import { evaluatePairs } from '../src-main/core/compare/real-news/compare-pairs-eval.ts'
import { summarizePairs, type PairSummary } from '../src-main/core/compare/real-news/score-pairs.ts'
import type { Lexicon } from '../src-main/core/suggest/lexicon.ts'
import type { Part } from '../src-main/core/suggest/real-news/split.ts'

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`
/** precision and recall, or "n/a" where nothing was found or nothing is labelled */
const pr = (t: { tp: number; fp: number; fn: number; precision: number; recall: number }): string =>
  `${(t.tp + t.fp ? pct(t.precision) : 'n/a').padStart(9)} ${(t.tp + t.fn ? pct(t.recall) : 'n/a').padStart(7)}`
const tally = (t: { tp: number; fp: number; fn: number }): string => `(${t.tp}/${t.fp}/${t.fn})`

function printPairs(part: Part, s: PairSummary): void {
  console.log(`\ncompare, ${part} pairs: ${s.pairs} report pairs`)
  console.log('                   precision  recall   (tp/fp/fn)')
  console.log(`shared names       ${pr(s.names)}   ${tally(s.names)}  F1 ${s.names.f1.toFixed(3)}`)
  console.log(`agreements         ${pr(s.agreements)}   ${tally(s.agreements)}`)
  console.log(`number conflicts   ${pr(s.conflicts)}   ${tally(s.conflicts)}`)
  console.log(
    `labelled pairs paired ${pct(s.aligned)}; other conflicts on unlabelled pairs: ${s.otherConflictsPerPair.toFixed(2)} per report pair`
  )
}

/** Scores the parts asked for; prints them (unless `json`) and returns their summaries. `verbose` lists the tune part's problems. */
export function runCompareEval(datasetDir: string, parts: Part[], lexicon: Lexicon, json: boolean, verbose: boolean) {
  const out: Record<string, PairSummary> = {}
  for (const part of parts) {
    const counts = evaluatePairs(datasetDir, part, lexicon)
    out[`compare-${part}`] = summarizePairs(counts)
    if (json) continue
    printPairs(part, out[`compare-${part}`]!)
    if (verbose && part === 'tune') for (const p of counts.problems) console.log(`  ${p}`)
  }
  return out
}
