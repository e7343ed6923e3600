// `npm run eval [-- [--json] [--verbose] [--parts=samples,tune,unseen,compare] [--dataset DIR] [GOLD.json …]]`:
// scores the claim suggester against hand-labelled gold files (default: the sample
// corpus and the suggester's own held-out reports) and, where the PolNeAR training
// articles are (../shared/datasets/polnear-train), against real news: its tune part
// and, separately, its unseen part (docs/eval-real-news.md). Prints per-class
// precision/recall/F1, macro-F1, the false-tag rate on cue-free sentences and speaker
// accuracy; `compare`: the labelled report pairs compared, on the tune and unseen parts asked for (both when neither
// is: scripts/eval-compare.ts). `--verbose` lists problems (only the tune-fit half of the tune part, never tune-dev
// or unseen). Exits 1 on a bad
// gold file (its path and the problem on stderr).
import { join, relative } from 'node:path'
import { appRoot } from '../src-main/core/app-root.ts'
import { evaluate, type EvalReport } from '../src-main/core/suggest/evaluate.ts'
import { buildLexicon, loadShippedLexicon } from '../src-main/core/suggest/lexicon.ts'
import { runCompareEval } from './eval-compare.ts'
import { datasetPresent, defaultDatasetDir, loadDataset } from '../src-main/core/suggest/real-news/dataset.ts'
import { emptyCounts, scoreArticle, summarize, type RealCounts, type RealSummary } from '../src-main/core/suggest/real-news/score.ts'
import { tuneHalfOf, type Part, type TuneHalf } from '../src-main/core/suggest/real-news/split.ts'
import { suggestClaims } from '../src-main/core/suggest/suggest.ts'

// a reader that stops early (`| head`) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

const args = process.argv.slice(2)
const json = args.includes('--json')
const verbose = args.includes('--verbose')
const parts = new Set((args.find((a) => a.startsWith('--parts='))?.slice(8) ?? 'samples,tune,unseen,compare').split(','))
const datasetAt = args.indexOf('--dataset')
const datasetDir = datasetAt >= 0 ? args[datasetAt + 1]! : defaultDatasetDir(appRoot())
const files = args.filter((a, i) => !a.startsWith('--') && i !== datasetAt + 1)
const golds = files.length
  ? files
  : [
      join(appRoot(), 'resources', 'sample-corpus', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind2', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind3', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind4', 'gold.json')
    ]

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`

function printClasses(perClass: EvalReport['perClass'], macroF1: number): void {
  console.log('class              precision  recall     F1   (tp/fp/fn)')
  for (const [c, s] of Object.entries(perClass)) {
    console.log(
      `${c.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${s.f1.toFixed(3).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`
    )
  }
  console.log(`macro-F1           ${macroF1.toFixed(3)}`)
}

function print(r: EvalReport): void {
  const where = relative(process.cwd(), r.gold) || r.gold
  console.log(`\n${where}: ${r.articles} reports, ${r.claims} gold claims, ${r.noClaims} cue-free sentences`)
  printClasses(r.perClass, r.macroF1)
  console.log(`false tags         ${pct(r.falseTagRate)} of ${r.noClaims} cue-free sentences`)
  console.log(
    `attribution        ${pct(r.attribution.accuracy)} (${r.attribution.correct}/${r.attribution.scored} matched claims with a named speaker)`
  )
  if (verbose)
    for (const p of r.problems)
      console.log(
        `  ${p.kind.padEnd(13)} ${p.file}: ${JSON.stringify(p.gold.slice(0, 90))} expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.got)}`
      )
}

function printReal(part: Part | TuneHalf, s: RealSummary, c: RealCounts): void {
  console.log(`\nreal news, ${part} part: ${s.articles} articles, ${s.taggedSentences} tagged sentences, ${s.cueFree} cue-free sentences`)
  printClasses(s.perClass, s.macroF1)
  console.log(`false tags         ${pct(s.falseTagRate)} of ${s.cueFree} cue-free sentences`)
  const sp = s.speakers
  const overall = `${pct(sp.overall)} of ${sp.named} attributions with a named source`
  console.log(`speakers           ${pct(sp.onCovered)} of ${sp.covered} covered, ${overall}`)
  if (verbose && part === 'tune-fit') {
    for (const p of c.problems) {
      const cue = p.cue ? ` (cue "${p.cue}")` : ''
      const said = JSON.stringify(p.sentence.slice(0, 140))
      const verdict = `expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.got)}${cue}`
      console.log(`  ${p.kind.padEnd(13)} ${p.article.slice(0, 30)}: ${said} ${verdict}`)
    }
  }
}

try {
  const lexicon = buildLexicon(loadShippedLexicon())
  const out: Record<string, unknown> = {}
  if (parts.has('samples')) {
    const reports = golds.map((g) => evaluate(g, lexicon))
    out.samples = reports
    if (!json) reports.forEach(print)
  }
  const real = (['tune', 'unseen'] as const).filter((p) => parts.has(p))
  if (real.length && !datasetPresent(datasetDir)) {
    process.stderr.write(`eval: no real-news data at ${datasetDir}; scoring the samples only\n`)
  } else if (real.length) {
    const articles = loadDataset(datasetDir)
    for (const part of real) {
      // the tune part is also scored as its two halves: tune-fit (read) and tune-dev (only measured)
      const groups: [Part | TuneHalf, (name: string) => boolean][] =
        part === 'tune'
          ? [
              ['tune-fit', (n) => tuneHalfOf(n) === 'tune-fit'],
              ['tune-dev', (n) => tuneHalfOf(n) === 'tune-dev'],
              ['tune', () => true]
            ]
          : [[part, () => true]]
      const inPart = articles.filter((x) => x.part === part).map((a) => ({ a, s: suggestClaims(a.text, lexicon) }))
      for (const [label, keep] of groups) {
        const counts = emptyCounts()
        for (const { a, s } of inPart.filter((x) => keep(x.a.name))) scoreArticle(a.name, a.text, a.attributions, s, counts)
        const summary = summarize(counts)
        out[label] = summary
        if (!json) printReal(label, summary, counts)
      }
    }
  }
  if (parts.has('compare') && datasetPresent(datasetDir)) {
    const asked = (['tune', 'unseen'] as const).filter((p) => parts.has(p))
    Object.assign(out, runCompareEval(datasetDir, asked.length ? [...asked] : ['tune', 'unseen'], lexicon, json, verbose))
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 2) + '\n')
} catch (err) {
  process.stderr.write(`eval: ${(err as Error).message}\n`)
  process.exitCode = 1
}
