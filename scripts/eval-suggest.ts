// `npm run eval [-- [--json] [--verbose] [GOLD.json …]]`: scores the claim suggester
// against hand-labelled gold files (default: the sample corpus and the suggester's
// own held-out reports). Prints per-class precision/recall/F1, macro-F1, the
// false-tag rate on cue-free sentences and attribution accuracy. Exits 1 on a bad
// gold file (its path and the problem on stderr).
import { join, relative } from 'node:path'
import { appRoot } from '../src-main/core/app-root.ts'
import { evaluate, type EvalReport } from '../src-main/core/suggest/evaluate.ts'
import { buildLexicon, loadShippedLexicon } from '../src-main/core/suggest/lexicon.ts'

// a reader that stops early (`| head`) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

const args = process.argv.slice(2)
const json = args.includes('--json')
const verbose = args.includes('--verbose')
const files = args.filter((a) => !a.startsWith('--'))
const golds = files.length
  ? files
  : [
      join(appRoot(), 'resources', 'sample-corpus', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind', 'gold.json'),
      join(appRoot(), 'src-main', 'core', 'suggest', 'testdata', 'blind2', 'gold.json')
    ]

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`

function print(r: EvalReport): void {
  console.log(`\n${relative(process.cwd(), r.gold) || r.gold}: ${r.articles} reports, ${r.claims} gold claims, ${r.noClaims} cue-free sentences`)
  console.log('class              precision  recall     F1   (tp/fp/fn)')
  for (const [c, s] of Object.entries(r.perClass)) {
    console.log(`${c.padEnd(18)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${s.f1.toFixed(3).padStart(6)}   (${s.tp}/${s.fp}/${s.fn})`)
  }
  console.log(`macro-F1           ${r.macroF1.toFixed(3)}`)
  console.log(`false tags         ${pct(r.falseTagRate)} of ${r.noClaims} cue-free sentences`)
  console.log(`attribution        ${pct(r.attribution.accuracy)} (${r.attribution.correct}/${r.attribution.scored} matched claims with a named speaker)`)
  if (verbose) for (const p of r.problems) console.log(`  ${p.kind.padEnd(13)} ${p.file}: ${JSON.stringify(p.gold.slice(0, 90))} expected ${JSON.stringify(p.expected)}, got ${JSON.stringify(p.got)}`)
}

try {
  const lexicon = buildLexicon(loadShippedLexicon())
  const reports = golds.map((g) => evaluate(g, lexicon))
  if (json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n')
  else reports.forEach(print)
} catch (err) {
  process.stderr.write(`eval: ${(err as Error).message}\n`)
  process.exitCode = 1
}
