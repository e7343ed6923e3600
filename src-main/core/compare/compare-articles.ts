import type { ClaimPair, ComparedClaim, Comparison } from '../../contract/compare.ts'
import type { Article } from '../../contract/articles.ts'
import type { Database } from '../db/open.ts'
import { cueLexicon } from './candidate-claims.ts'
import type { Lexicon } from '../suggest/lexicon.ts'
import { align } from './align.ts'
import { analyzeBody, type Term } from './analyze.ts'
import { claimFeatures, ownFeatures, type ArticleAnalysis, type ClaimFeatures, type OwnFeatures } from './claim-features.ts'
import { claimUnits, type ClaimSource, type ClaimUnit } from './claim-units.ts'
import { compareSide, type CompareSide } from './compare-side.ts'
import { conflictsBetween } from './conflicts.ts'
import { entitiesIn, isTitleCase, sameEntity, type EntityKind, type EntityMention } from './entities.ts'
import { SAME_FIGURES, SAME_THING, sameFigures, similarityMatrix } from './similarity.ts'

export type { CompareSide }

export interface CompareOptions {
  withSuggestions?: boolean
}

interface Side {
  article: Article
  analysis: ArticleAnalysis
  /** every named entity of title and body */
  named: EntityMention[]
  features: ClaimFeatures[]
  claimsFrom: Comparison['left']['claimsFrom']
}

/**
 * One side read once: its texts tagged, its claims found and what each claim says of itself (figures, dates,
 * polarity), whatever it is compared with. Plain data, so each side can be parsed on its own thread and kept.
 */
export interface ParsedSide {
  titleTerms: Term[]
  terms: Term[]
  units: ClaimUnit[]
  /** each unit's own features, in the order of `units` */
  own: OwnFeatures[]
  /** the names its title and body give by themselves (what a sentence opener of the other report is checked against) */
  names: string[]
  source: ClaimSource
}

type Parsed = CompareSide & ParsedSide

/** Tags a side's title and body and finds the claims to align (stored, or suggested: claim-units.ts). */
export function parseSide({ article, claims, taken }: CompareSide, lexicon: Lexicon, options: CompareOptions = {}): ParsedSide {
  const { units, source } = claimUnits(claims, taken, article.body, lexicon, options.withSuggestions)
  const terms = analyzeBody(article.body)
  const own = units.map((u) => ownFeatures({ body: article.body, published: article.published, terms }, u))
  const titleTerms = analyzeBody(article.title)
  const { inTitle, inBody } = names({ article, titleTerms, terms }, [])
  return { titleTerms, terms, units, own, names: [...inTitle, ...inBody].map((e) => e.name), source }
}

/**
 * Names in both texts of one side; a sentence's first word counts as a name when the other report names it too.
 * A headline in title case marks no names by its capitals: of its runs, only those the body names count.
 */
function names(
  p: Pick<Parsed, 'article' | 'titleTerms' | 'terms'>,
  known: string[]
): { inTitle: EntityMention[]; inBody: EntityMention[] } {
  const inTitle = entitiesIn(p.article.title, p.titleTerms, known)
  if (isTitleCase(p.article.title)) {
    const inBody = entitiesIn(p.article.body, p.terms, known)
    return { inTitle: inTitle.filter((t) => inBody.some((b) => b.key === t.key)), inBody }
  }
  return { inTitle, inBody: entitiesIn(p.article.body, p.terms, [...known, ...inTitle.map((e) => e.name)]) }
}

function analyzeSide(p: Parsed, other: Parsed): Side {
  const { inTitle, inBody } = names(p, other.names)
  const analysis: ArticleAnalysis = { body: p.article.body, published: p.article.published, terms: p.terms, entities: inBody }
  return {
    article: p.article,
    analysis,
    named: [...inTitle, ...inBody],
    features: p.units.map((u, k) => claimFeatures(analysis, u, p.own[k])),
    claimsFrom: p.source
  }
}

const compared = (u: ClaimUnit): ComparedClaim => ({
  quote: u.quote,
  start: u.start,
  end: u.end,
  confidence: u.confidence,
  claimId: u.claimId,
  suggested: u.suggested,
  attributedTo: u.attributedTo
})

/** The entities both lists name, once each, by their fullest name. */
function shared(left: EntityMention[], right: EntityMention[]): { name: string; kind: EntityKind }[] {
  const out: { name: string; key: string; kind: EntityKind }[] = []
  for (const l of left) {
    const r = right.find((x) => sameEntity(l, x))
    if (!r) continue
    const fuller = r.name.length > l.name.length ? r : l
    const kind = l.kind !== 'other' ? l.kind : r.kind
    const seen = out.find((o) => sameEntity(o, fuller))
    if (!seen) out.push({ name: fuller.name, key: fuller.key, kind })
    else if (fuller.name.length > seen.name.length) Object.assign(seen, { name: fuller.name, key: fuller.key })
  }
  return out.map(({ name, kind }) => ({ name, kind }))
}

/** Lines up the claims of two articles and says, pair by pair, where they agree and how they conflict. */
export function compareAnalyzed(left: Side, right: Side): Comparison {
  const sim = similarityMatrix(left.features, right.features)
  const figures = (i: number, j: number, s: number): boolean => s >= SAME_FIGURES && sameFigures(left.features[i]!, right.features[j]!)
  const pairs: ClaimPair[] = align(sim, right.features.length, SAME_THING, figures).map((a) => {
    const l = a.left === null ? null : left.features[a.left]!
    const r = a.right === null ? null : right.features[a.right]!
    if (!l || !r)
      return {
        relation: l ? 'only left' : 'only right',
        left: l && compared(l.unit),
        right: r && compared(r.unit),
        conflicts: [],
        similarity: null,
        sharedEntities: []
      }
    const conflicts = conflictsBetween(l, r, a.similarity!)
    return {
      relation: conflicts.length ? 'conflicts' : 'agrees',
      left: compared(l.unit),
      right: compared(r.unit),
      conflicts,
      similarity: Number(a.similarity!.toFixed(3)),
      sharedEntities: shared(l.entities, r.entities).map((e) => e.name)
    }
  })
  return {
    left: { id: left.article.id, title: left.article.title, claimsFrom: left.claimsFrom },
    right: { id: right.article.id, title: right.article.title, claimsFrom: right.claimsFrom },
    threshold: SAME_THING,
    sharedEntities: shared(left.named, right.named),
    pairs
  }
}

/**
 * The comparison of two articles read already: pure CPU work (the app runs it on a worker thread). `parsed`: the
 * sides' parseSide, where they were parsed already (the app parses the two at once on two threads).
 */
export function compareSides(
  left: CompareSide,
  right: CompareSide,
  lexicon: Lexicon,
  options: CompareOptions = {},
  parsed: [ParsedSide, ParsedSide] = [parseSide(left, lexicon, options), parseSide(right, lexicon, options)]
): Comparison {
  const [l, r] = [
    { ...left, ...parsed[0] },
    { ...right, ...parsed[1] }
  ]
  return compareAnalyzed(analyzeSide(l, r), analyzeSide(r, l))
}

export async function compareArticles(
  database: Database,
  leftId: number,
  rightId: number,
  options: CompareOptions = {}
): Promise<Comparison> {
  const [left, right] = await Promise.all([compareSide(database, leftId), compareSide(database, rightId)])
  return compareSides(left, right, await cueLexicon(database), options)
}
