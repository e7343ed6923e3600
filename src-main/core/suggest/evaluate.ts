import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { confidences, type Confidence } from '../../contract/common.ts'
import { parseTextReport } from '../services/text-report.ts'
import type { Lexicon } from './lexicon.ts'
import { suggestClaims, type Suggestion } from './suggest.ts'

/** gold.json: hand labels for the reports in its folder (see resources/sample-corpus/gold.json "about"). */
export interface GoldFile {
  articles: {
    file: string
    claims: { quote: string; confidence: Confidence; attributed_to: string }[]
    no_claims: string[]
  }[]
}

export interface ClassScore {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

export interface Problem {
  file: string
  kind: 'missed' | 'wrong tag' | 'false tag' | 'wrong speaker'
  gold: string
  expected: string
  got: string
}

export interface EvalReport {
  gold: string
  articles: number
  claims: number
  perClass: Record<Confidence, ClassScore>
  macroF1: number
  falseTagRate: number
  noClaims: number
  attribution: { correct: number; scored: number; accuracy: number }
  problems: Problem[]
}

/** "Most of the gold quote": more than half of its characters lie inside the suggestion. */
export const overlapShare = (g: { start: number; end: number }, s: { start: number; end: number }): number =>
  Math.max(0, Math.min(g.end, s.end) - Math.max(g.start, s.start)) / (g.end - g.start)

/** Speaker names compare without case, leading articles, titles or possessive marks. */
export function normalizeSpeaker(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^(the|a|an|one)\s+/, '')
    .replace(/\b(dr|mr|mrs|ms|prof|gen|sen|rep|gov)\.?\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

function locate(body: string, quote: string, file: string): { start: number; end: number } {
  const start = body.indexOf(quote)
  if (start < 0) throw new Error(`${file}: the gold quote ${JSON.stringify(quote.slice(0, 80))} is not in the report's text`)
  return { start, end: start + quote.length }
}

const safe = (n: number, d: number): number => (d === 0 ? 0 : n / d)

/** Scores the suggester on every report of a gold file. */
export function evaluate(goldPath: string, lexicon: Lexicon): EvalReport {
  if (!existsSync(goldPath)) throw new Error(`${goldPath}: no such gold file`)
  let gold: GoldFile
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile
  } catch (err) {
    throw new Error(`${goldPath}: not valid JSON (${(err as Error).message})`, { cause: err })
  }
  if (!Array.isArray(gold?.articles)) throw new Error(`${goldPath}: expected {"articles": [...]}`)
  const counts = Object.fromEntries(confidences.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Confidence,
    { tp: number; fp: number; fn: number }
  >
  const problems: Problem[] = []
  let claims = 0
  let noClaims = 0
  let falseTags = 0
  let attrScored = 0
  let attrCorrect = 0
  for (const article of gold.articles) {
    const path = join(dirname(goldPath), String(article.file))
    if (!existsSync(path)) throw new Error(`${goldPath}: the report "${article.file}" is not in ${dirname(goldPath)}`)
    if (!Array.isArray(article.claims) || !Array.isArray(article.no_claims))
      throw new Error(`${goldPath}: "${article.file}" needs "claims" and "no_claims" lists`)
    const { body } = parseTextReport(readFileSync(path, 'utf8'), article.file)
    const suggestions = suggestClaims(body, lexicon)
    const used = new Set<Suggestion>()
    for (const g of article.claims) {
      claims++
      const span = locate(body, g.quote, article.file)
      const candidates = suggestions.filter((s) => !used.has(s) && overlapShare(span, s) > 0.5)
      const s = candidates.find((c) => c.confidence === g.confidence) ?? candidates.find((c) => c.confidence) ?? candidates[0]
      if (s) used.add(s)
      if (s?.confidence === g.confidence) counts[g.confidence].tp++
      else {
        counts[g.confidence].fn++
        if (s?.confidence) counts[s.confidence].fp++
        problems.push({
          file: article.file,
          kind: s?.confidence ? 'wrong tag' : 'missed',
          gold: g.quote,
          expected: g.confidence,
          got: s ? `${s.confidence ?? 'untagged'}${s.cue ? ` (cue "${s.cue.text}")` : ''}` : 'no suggestion'
        })
      }
      if (s && g.attributed_to !== '') {
        attrScored++
        if (normalizeSpeaker(s.attributedTo) === normalizeSpeaker(g.attributed_to)) attrCorrect++
        else problems.push({ file: article.file, kind: 'wrong speaker', gold: g.quote, expected: g.attributed_to, got: s.attributedTo })
      }
    }
    for (const sentence of article.no_claims) {
      noClaims++
      const span = locate(body, sentence, article.file)
      const tags = suggestions.filter((s) => s.confidence && overlapShare(span, s) > 0.5)
      if (tags.length === 0) continue
      falseTags++
      for (const t of tags) counts[t.confidence!].fp++
      problems.push({
        file: article.file,
        kind: 'false tag',
        gold: sentence,
        expected: 'untagged',
        got: tags.map((t) => `${t.confidence} (cue "${t.cue?.text}")`).join(', ')
      })
    }
  }
  const perClass = Object.fromEntries(
    confidences.map((c) => {
      const { tp, fp, fn } = counts[c]
      const precision = safe(tp, tp + fp)
      const recall = safe(tp, tp + fn)
      return [c, { precision, recall, f1: safe(2 * precision * recall, precision + recall), tp, fp, fn }]
    })
  ) as Record<Confidence, ClassScore>
  return {
    gold: goldPath,
    articles: gold.articles.length,
    claims,
    perClass,
    macroF1: confidences.reduce((sum, c) => sum + perClass[c].f1, 0) / confidences.length,
    falseTagRate: safe(falseTags, noClaims),
    noClaims,
    attribution: { correct: attrCorrect, scored: attrScored, accuracy: safe(attrCorrect, attrScored) },
    problems
  }
}
