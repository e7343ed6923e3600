import { confidences, type Confidence } from '../../../contract/common.ts'
import type { ClassScore } from '../evaluate.ts'
import { segmentSentences, type Span } from '../segment.ts'
import type { Suggestion } from '../suggest.ts'
import type { Attribution, Piece } from './brat.ts'
import { goldTag, hasNarratorCue, type GoldTag } from './gold-tag.ts'
import { isNamedSource, speakerMatches } from './speaker-match.ts'

export interface RealProblem {
  article: string
  kind: 'missed' | 'wrong tag' | 'false tag' | 'wrong speaker' | 'no speaker' | 'not covered'
  sentence: string
  expected: string
  got: string
  /** the attribution's cue, for speaker problems */
  cue?: string
}

/** Counts over one or more articles; `summarize` turns them into figures. */
export interface RealCounts {
  articles: number
  counts: Record<Confidence, { tp: number; fp: number; fn: number }>
  tagged: number
  cueFree: number
  falseTags: number
  named: number
  covered: number
  speakerRight: number
  problems: RealProblem[]
}

export const emptyCounts = (): RealCounts => ({
  articles: 0,
  counts: Object.fromEntries(confidences.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as RealCounts['counts'],
  tagged: 0,
  cueFree: 0,
  falseTags: 0,
  named: 0,
  covered: 0,
  speakerRight: 0,
  problems: []
})

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

function sentenceAt(sentences: Span[], at: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid]!.start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Scores the suggestions for one article against its marked attributions, by
 * sentence: a sentence's gold tags are those of the attributions decided in it
 * (gold-tag.ts), its suggested tags those of the tagged suggestions starting in
 * it; a sentence no attribution touches is cue-free, unless it holds the
 * narrator's own estimative words (hasNarratorCue). Every attribution with a
 * named source scores the speaker of the suggestion that covers most of its content.
 */
export function scoreArticle(name: string, text: string, attributions: Attribution[], suggestions: Suggestion[], into: RealCounts): void {
  into.articles++
  const sentences = segmentSentences(text)
  if (sentences.length === 0) return
  const gold = sentences.map(() => new Set<GoldTag>())
  const touched = sentences.map(() => false)
  for (const a of attributions) {
    const { tag, at } = goldTag(a)
    gold[sentenceAt(sentences, at)]!.add(tag)
    for (const p of [...a.cue, ...a.content, ...a.source]) {
      for (let k = sentenceAt(sentences, p.start); k < sentences.length && sentences[k]!.start < p.end; k++) touched[k] = true
    }
  }
  const predicted = sentences.map(() => new Set<Confidence>())
  for (const s of suggestions) if (s.confidence) predicted[sentenceAt(sentences, s.start)]!.add(s.confidence)
  sentences.forEach((sentence, k) => {
    const said = text.slice(sentence.start, sentence.end)
    const p = predicted[k]!
    const g = new Set(confidences.filter((c) => gold[k]!.has(c)))
    const got = [...p].join(', ') || 'untagged'
    if (g.size > 0) {
      into.tagged++
      for (const c of confidences) {
        const n = into.counts[c]
        if (g.has(c) && p.has(c)) n.tp++
        else if (g.has(c)) n.fn++
        else if (p.has(c)) n.fp++
      }
      if ([...g].some((c) => !p.has(c)) || [...p].some((c) => !g.has(c))) {
        into.problems.push({ article: name, kind: p.size ? 'wrong tag' : 'missed', sentence: said, expected: [...g].join(', '), got })
      }
    } else if (gold[k]!.has('poll answer') && p.has('do not yet know')) {
      into.counts['do not yet know'].fp++
      into.problems.push({ article: name, kind: 'wrong tag', sentence: said, expected: 'untagged (a poll answer)', got })
    } else if (!touched[k] && !hasNarratorCue(said)) {
      into.cueFree++
      if (p.size === 0) return
      into.falseTags++
      for (const c of p) into.counts[c].fp++
      into.problems.push({ article: name, kind: 'false tag', sentence: said, expected: 'untagged', got })
    }
  })
  for (const a of attributions) scoreSpeaker(name, text, sentences, a, suggestions, into)
}

function scoreSpeaker(name: string, text: string, sentences: Span[], a: Attribution, suggestions: Suggestion[], into: RealCounts): void {
  const source = a.source.map((p) => p.text).join(' ')
  if (!source || !isNamedSource(source)) return
  into.named++
  const cue: Piece | undefined = a.cue[0]
  const sentence = sentences[sentenceAt(sentences, cue?.start ?? a.source[0]!.start)]!
  const reach = (s: Suggestion): number => a.content.reduce((sum, p) => sum + overlap(p, s), 0) || (overlap(sentence, s) > 0 ? 0.5 : 0)
  const best = suggestions.reduce<Suggestion | null>((b, s) => (reach(s) > (b ? reach(b) : 0) ? s : b), null)
  const said = text.slice(sentence.start, sentence.end)
  if (!best) {
    into.problems.push({ article: name, kind: 'not covered', sentence: said, expected: source, got: '', cue: cue?.text })
    return
  }
  into.covered++
  if (speakerMatches(best.attributedTo, source)) into.speakerRight++
  else into.problems.push({ article: name, kind: best.attributedTo ? 'wrong speaker' : 'no speaker', sentence: said, expected: source, got: best.attributedTo, cue: cue?.text })
}

export interface RealSummary {
  articles: number
  perClass: Record<Confidence, ClassScore>
  macroF1: number
  taggedSentences: number
  cueFree: number
  falseTagRate: number
  speakers: { named: number; covered: number; right: number; onCovered: number; overall: number }
}

const safe = (n: number, d: number): number => (d === 0 ? 0 : n / d)

export function summarize(c: RealCounts): RealSummary {
  const perClass = Object.fromEntries(
    confidences.map((k) => {
      const { tp, fp, fn } = c.counts[k]
      const precision = safe(tp, tp + fp)
      const recall = safe(tp, tp + fn)
      return [k, { precision, recall, f1: safe(2 * precision * recall, precision + recall), tp, fp, fn }]
    })
  ) as Record<Confidence, ClassScore>
  return {
    articles: c.articles,
    perClass,
    macroF1: confidences.reduce((s, k) => s + perClass[k].f1, 0) / confidences.length,
    taggedSentences: c.tagged,
    cueFree: c.cueFree,
    falseTagRate: safe(c.falseTags, c.cueFree),
    speakers: { named: c.named, covered: c.covered, right: c.speakerRight, onCovered: safe(c.speakerRight, c.covered), overall: safe(c.speakerRight, c.named) }
  }
}
