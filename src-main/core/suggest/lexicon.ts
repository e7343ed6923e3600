import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { confidences, type Confidence } from '../../contract/common.ts'
import { resourcesDir } from '../app-root.ts'
import { compilePattern, firstForms, matchAt, type CuePattern } from './cue-pattern.ts'
import type { Token } from './tokens.ts'

export interface LexiconEntry {
  confidence: Confidence
  phrase: string
}

interface Compiled extends CuePattern {
  confidence: Confidence
}

/** A set of cue phrases compiled once, indexed by the word a match can start with. */
export interface Lexicon {
  entries: LexiconEntry[]
  byFirst: Map<string, Compiled[]>
  anywhere: Compiled[]
}

/** One raw occurrence of a phrase in a sentence's tokens ([start, end) token indices). */
export interface CueMatch {
  confidence: Confidence
  phrase: string
  words: number
  start: number
  end: number
}

export const shippedLexiconPath = (): string => join(resourcesDir(), 'cue-lexicon.json')

/** The built-in phrases shipped with the app. */
export function loadShippedLexicon(path = shippedLexiconPath()): LexiconEntry[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  const out: LexiconEntry[] = []
  for (const confidence of confidences) {
    const phrases = data[confidence]
    if (!Array.isArray(phrases)) throw new Error(`${path}: "${confidence}" must be a list of phrases`)
    for (const phrase of phrases) out.push({ confidence, phrase: String(phrase) })
  }
  return out
}

export function buildLexicon(entries: LexiconEntry[]): Lexicon {
  const byFirst = new Map<string, Compiled[]>()
  const anywhere: Compiled[] = []
  for (const e of entries) {
    const c: Compiled = { ...compilePattern(e.phrase), confidence: e.confidence }
    const keys = firstForms(c)
    if (!keys) anywhere.push(c)
    else for (const k of keys) byFirst.set(k, [...(byFirst.get(k) ?? []), c])
  }
  return { entries, byFirst, anywhere }
}

/** Every place a phrase matches in the tokens, longest match per phrase and start. */
export function findCues(lexicon: Lexicon, toks: Token[]): CueMatch[] {
  const out: CueMatch[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.kind === 'punct') continue
    for (const list of [lexicon.byFirst.get(t.norm), lexicon.anywhere]) {
      if (!list) continue
      for (const p of list) {
        const end = matchAt(p, toks, i)
        if (end > i) out.push({ confidence: p.confidence, phrase: p.source, words: p.words, start: i, end })
      }
    }
  }
  return out
}

/**
 * Keeps one of overlapping matches: a do-not-yet-know phrase first (it negates
 * the evidence or judgment word inside it: "cannot confirm", "have not yet
 * identified"), else the longest, else the earliest.
 */
export function resolveOverlaps(matches: CueMatch[]): CueMatch[] {
  const gap = (m: CueMatch): number => (m.confidence === 'do not yet know' ? 1 : 0)
  const sorted = [...matches].sort((a, b) => gap(b) - gap(a) || b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: CueMatch[] = []
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m)
  return kept.sort((a, b) => a.start - b.start)
}
