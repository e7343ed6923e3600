// `npx tsx scripts/train-speaker-model.ts [--dataset DIR] [--dry]`: rebuilds src-main/core/suggest/speaker-model.json,
// the learned guess at a speaker no rule names (speaker-model.ts). Trains a logistic regression over the candidates of
// every narrator suggestion the rules leave without a stated speaker (none, or only the subject rule's guess), in the
// tune-fit part of the PolNeAR training articles (a candidate is right when it names the marked source of an
// attribution the suggestion covers); picks the epoch count and the threshold on tune-dev; never reads the unseen
// part. Features seen in fewer than MIN_COUNT examples are dropped, so the file holds shapes and common words, no
// article text. `--dry` prints the figures without writing.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { appRoot } from '../src-main/core/app-root.ts'
import { buildLexicon, loadShippedLexicon } from '../src-main/core/suggest/lexicon.ts'
import { defaultDatasetDir, loadDataset, type RealArticle } from '../src-main/core/suggest/real-news/dataset.ts'
import { isNamedSource, speakerMatches } from '../src-main/core/suggest/real-news/speaker-match.ts'
import { tuneHalfOf } from '../src-main/core/suggest/real-news/split.ts'
import { candidateScore, type SpeakerCandidate, type SpeakerModel } from '../src-main/core/suggest/speaker-model.ts'
import { suggestClaims, type Suggestion } from '../src-main/core/suggest/suggest.ts'

const MIN_COUNT = 3
const L2 = 1e-4
const RATE = 0.1

interface Example {
  candidates: { features: string[]; right: boolean }[]
  /** how many named attributions this suggestion is scored for (0: none touches it, the narrator's own) */
  scored: number
  /** the subject rule's own pick (kept when no candidate passes the threshold): none, or whether it is right */
  fallback: 'none' | 'right' | 'wrong'
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** The suggestions the rules leave without a speaker, each with the named sources it is scored against (score.ts). */
function examplesOf(articles: RealArticle[]): Example[] {
  const lexicon = buildLexicon(loadShippedLexicon())
  const out: Example[] = []
  for (const a of articles) {
    const unnamed = new Map<Suggestion, SpeakerCandidate[]>()
    const rulePick = new Map<Suggestion, string>()
    const all = suggestClaims(a.text, lexicon, {
      speakerModel: null,
      onUnnamed: (s, c) => {
        unnamed.set(s, c)
        rulePick.set(s, s.attributedTo)
      }
    })
    const sources = new Map<Suggestion, string[]>()
    for (const at of a.attributions) {
      const source = at.source.map((p) => p.text).join(' ')
      if (!source || !isNamedSource(source)) continue
      const cueAt = at.cue[0]?.start ?? at.source[0]!.start
      const reach = (s: Suggestion): number =>
        at.content.reduce((sum, p) => sum + overlap(p, s), 0) || (s.start <= cueAt && cueAt < s.end ? 0.5 : 0)
      const best = all.reduce<Suggestion | null>((b, s) => (reach(s) > (b ? reach(b) : 0) ? s : b), null)
      if (best && unnamed.has(best)) sources.set(best, [...(sources.get(best) ?? []), source])
    }
    for (const [s, srcs] of sources) {
      const candidates = unnamed.get(s)!.map((c) => ({ features: c.features, right: srcs.some((g) => speakerMatches(c.name, g)) }))
      const pick = rulePick.get(s)!
      const fallback = !pick ? 'none' : srcs.some((g) => speakerMatches(pick, g)) ? 'right' : 'wrong'
      out.push({ candidates, scored: srcs.length, fallback })
    }
    // a suggestion no attribution touches is the narrator's: every guess there is wrong (not scored by the eval, but seen)
    const marked = a.attributions.flatMap((at) => [...at.source, ...at.content, ...at.cue])
    for (const [s, candidates] of unnamed) {
      if (sources.has(s) || candidates.length === 0 || marked.some((p) => overlap(p, s) > 0)) continue
      const fallback = rulePick.get(s) ? 'wrong' : 'none'
      out.push({ candidates: candidates.map((c) => ({ features: c.features, right: false })), scored: 0, fallback })
    }
  }
  return out
}

function train(examples: Example[], epochs: number): SpeakerModel {
  const counts = new Map<string, number>()
  for (const ex of examples) for (const c of ex.candidates) for (const f of c.features) counts.set(f, (counts.get(f) ?? 0) + 1)
  const keep = (f: string): boolean => (counts.get(f) ?? 0) >= MIN_COUNT
  const w = new Map<string, number>()
  const items = examples.flatMap((ex) => ex.candidates)
  for (let epoch = 0; epoch < epochs; epoch++) {
    // a fixed order per epoch (a stride through the items), so a rebuild gives the same file
    const stride = 7919
    const rate = RATE / (1 + epoch)
    for (let n = 0; n < items.length; n++) {
      const c = items[(n * stride + epoch) % items.length]!
      const fs = c.features.filter(keep)
      const z = fs.reduce((s, f) => s + (w.get(f) ?? 0), 0)
      const g = (c.right ? 1 : 0) - 1 / (1 + Math.exp(-z))
      for (const f of fs) w.set(f, (w.get(f) ?? 0) * (1 - rate * L2) + rate * g)
    }
  }
  const weights: Record<string, number> = {}
  for (const [f, x] of [...w].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const v = Math.round(x * 1000) / 1000
    if (Math.abs(v) >= 0.01) weights[f] = v
  }
  return { threshold: 0.5, weights }
}

/**
 * Per threshold: attributions right and wrong with the guess (a guess replaces an empty speaker, also wrong, or the
 * subject rule's pick), and of the guesses the model itself makes, how many are right.
 */
function measure(model: SpeakerModel, examples: Example[], threshold: number) {
  const m = { right: 0, wrong: 0, scored: 0, guessedRight: 0, guessed: 0 }
  for (const ex of examples) {
    m.scored += ex.scored
    let best: { p: number; right: boolean } | null = null
    for (const c of ex.candidates) {
      const p = candidateScore(model, { s: 0, e: 0, name: '', features: c.features })
      if (!best || p > best.p) best = { p, right: c.right }
    }
    const guessed = !!best && best.p >= threshold
    const right = guessed ? best!.right : ex.fallback === 'right'
    if (right) m.right += ex.scored
    else m.wrong += ex.scored
    if (guessed) {
      // a guess on a suggestion no attribution touches counts once, as wrong, where it gives a speaker the rules did not
      m.guessed += ex.scored || (ex.fallback === 'none' ? 1 : 0)
      if (right) m.guessedRight += ex.scored
    }
  }
  return m
}

const args = process.argv.slice(2)
const at = args.indexOf('--dataset')
const articles = loadDataset(at >= 0 ? args[at + 1]! : defaultDatasetDir(appRoot())).filter((a) => a.part === 'tune')
const fit = examplesOf(articles.filter((a) => tuneHalfOf(a.name) === 'tune-fit'))
const dev = examplesOf(articles.filter((a) => tuneHalfOf(a.name) === 'tune-dev'))
const reachable = (xs: Example[]): number =>
  xs.filter((x) => x.candidates.some((c) => c.right) || x.fallback === 'right').reduce((n, x) => n + x.scored, 0)
console.log(
  `tune-fit: ${fit.length} unnamed suggestions scored (${reachable(fit)} attributions with a right candidate), tune-dev: ${dev.length} (${reachable(dev)})`
)
let chosen: { model: SpeakerModel; gain: number; epochs: number } | null = null
for (const epochs of [2, 5, 10]) {
  const model = train(fit, epochs)
  for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]) {
    const d = measure(model, dev, threshold)
    const f = measure(model, fit, threshold)
    // an empty speaker is better than a wrong one: the most right guesses on tune-dev while at least two thirds of all the
    // guesses, the narrator's sentences included, are right
    const gain = d.guessedRight / Math.max(1, d.guessed) >= 2 / 3 ? d.right : -1
    console.log(
      `epochs ${epochs} threshold ${threshold}: tune-dev right ${d.right} of ${d.scored} (guesses ${d.guessedRight}/${d.guessed} right); ` +
        `tune-fit right ${f.right} of ${f.scored} (guesses ${f.guessedRight}/${f.guessed})`
    )
    if (!chosen || gain > chosen.gain) chosen = { model: { ...model, threshold }, gain, epochs }
  }
}
console.log(`chosen: ${chosen!.epochs} epochs, threshold ${chosen!.model.threshold}, ${Object.keys(chosen!.model.weights).length} weights`)
if (!args.includes('--dry')) {
  const file = join(appRoot(), 'src-main', 'core', 'suggest', 'speaker-model.json')
  writeFileSync(file, JSON.stringify(chosen!.model, null, 1) + '\n')
  console.log(`wrote ${file}`)
}
