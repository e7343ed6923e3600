import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Comparison } from '../../../contract/compare.ts'
import type { Article } from '../../../contract/articles.ts'
import { parseTextReport } from '../../services/text-report.ts'
import type { Lexicon } from '../../suggest/lexicon.ts'
import { partOf, type Part } from '../../suggest/real-news/split.ts'
import { compareSides } from '../compare-articles.ts'
import { emptyPairCounts, scorePair, type PairCounts, type PairGold } from './score-pairs.ts'

/** The labelled pairs shipped beside this file (file names and labels only: the texts stay in the dataset). */
export function loadPairs(): PairGold[] {
  return (JSON.parse(readFileSync(join(import.meta.dirname, 'pairs.json'), 'utf8')) as { pairs: PairGold[] }).pairs
}

/** Which part a pair belongs to: by a hash of both file names, as for the articles (split.ts). */
export const pairPart = (p: Pick<PairGold, 'left' | 'right'>): Part => partOf(`${p.left}|${p.right}`)

/** One report of the dataset as the app imports a .txt (title, blank line, body), as one side of a comparison with no claims. */
export function readReport(datasetDir: string, name: string, id: number) {
  const { title, body } = parseTextReport(readFileSync(join(datasetDir, 'text', `${name}.txt`), 'utf8'), `${name}.txt`)
  const article = { id, title, body, published: null } as Article
  return { article, claims: [], taken: { claims: [], rejected: [] } }
}

/** Compares each pair of a part, as two fresh imports compare (their suggested claims), and scores it. */
export function evaluatePairs(datasetDir: string, part: Part, lexicon: Lexicon): PairCounts & { comparisons: Comparison[] } {
  const counts = emptyPairCounts()
  const comparisons: Comparison[] = []
  for (const gold of loadPairs().filter((p) => pairPart(p) === part)) {
    const c = compareSides(readReport(datasetDir, gold.left, 1), readReport(datasetDir, gold.right, 2), lexicon)
    comparisons.push(c)
    scorePair(gold, c, counts)
  }
  return { ...counts, comparisons }
}
