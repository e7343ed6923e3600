import { CLAIM_FIELDS, claimFieldNames } from '../../../contract/claim-fields.ts'
import type { ClaimCursor, ClaimView } from '../../../contract/claim-page.ts'
import type { ClaimQuery } from '../../../contract/claims.ts'
import { foldText } from '../../../contract/text-fold.ts'

/**
 * The SQL of a paged claim view (contract/claim-page.ts): the same filter meaning as claim-query.ts (the
 * folded search_text and speaker_key of migration 0009, contract/text-fold.ts), with the order and the
 * windows (offset or keyset) served from indexes. Without a sort the order is the library's (newest
 * article first, then position in the text): SQLite walks articles_for_list and each article's claims
 * from claims_by_article, so a window costs its rows, not a sort of every claim.
 */

type SortColumn = NonNullable<ClaimQuery['sort']>[number]['column']

/** Each sortable column as SQL, and whether it can be NULL (NULLs sort last either way, as the grid does). */
const SORT: Record<SortColumn, { expr: string; nullable: boolean }> = {
  articleTitle: { expr: 'a.title COLLATE NOCASE', nullable: false },
  start: { expr: 'c.start', nullable: false },
  quote: { expr: 'c.quote COLLATE NOCASE', nullable: false },
  confidence: { expr: 'c.confidence', nullable: true },
  attributedTo: { expr: 'c.attributed_to COLLATE NOCASE', nullable: false },
  note: { expr: 'c.note COLLATE NOCASE', nullable: false },
  sourceReliability: { expr: 'c.source_reliability', nullable: true },
  claimCredibility: { expr: 'c.claim_credibility', nullable: true },
  createdAt: { expr: 'c.created_at', nullable: false },
  updatedAt: { expr: 'c.updated_at', nullable: false }
}

/** A group's key: what the rows are ordered by first and what claims.groups counts. */
interface Grouping {
  keys: string[]
  group: string
  label: string
}

/** An SQL string literal (quotes doubled): the names below are the user's data, inlined because they appear in several clauses. */
const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`

/**
 * The speaker grouping: one name however it is cased or accented (speaker_key is folded), and with `people`, one person
 * under all its forms ("Fowler" and "But Fowler" under "Don Fowler"; the order is then sorted, not an index's).
 */
function speakerGrouping(people: ClaimView['people']): Grouping {
  const merged = (people ?? []).filter((p) => p.forms.length > 0)
  if (merged.length === 0) return { keys: ['c.speaker_key'], group: 'c.speaker_key', label: 'min(c.attributed_to)' }
  const whens = merged.flatMap((p) => p.forms.map((f) => `WHEN ${literal(foldText(f))} THEN ${literal(foldText(p.name))}`))
  const key = `(CASE c.speaker_key ${[...new Set(whens)].join(' ')} ELSE c.speaker_key END)`
  const names = merged.map((p) => `WHEN ${literal(foldText(p.name))} THEN ${literal(p.name)}`)
  return { keys: [key], group: key, label: `(CASE ${key} ${[...new Set(names)].join(' ')} ELSE min(c.attributed_to) END)` }
}

/** A claim's codes as the grid labels them (contract: codeLabel): their paths in codebook order, or NULL (no code). */
const CODE_LABEL = '(SELECT label FROM code_labels cl WHERE cl.claim_id = c.id)'

/**
 * Every code's path ("Military / Troop movements") and place in the codebook (depth-first, siblings by position,
 * then id), and each coded claim's label: the statement's prefix when a view is grouped by code.
 */
const CODE_LABELS =
  'WITH RECURSIVE code_tree(id, path, ord) AS (' +
  "SELECT id, name, printf('%010d.%010d', position, id) FROM codes WHERE parent_id IS NULL UNION ALL " +
  "SELECT k.id, t.path || ' / ' || k.name, t.ord || '/' || printf('%010d.%010d', k.position, k.id) FROM codes k JOIN code_tree t ON k.parent_id = t.id), " +
  "code_labels(claim_id, label) AS (SELECT cc.claim_id, group_concat(t.path, ' · ' ORDER BY t.ord) FROM claim_codes cc " +
  'JOIN code_tree t ON t.id = cc.code_id GROUP BY cc.claim_id) '

/** What a view's statements start with: the code labels when grouped by code. */
const prefix = (view: ClaimView): string => (view.groupBy === 'codes' ? CODE_LABELS : '')

function grouping(view: ClaimView): Grouping | null {
  if (view.groupBy === 'attributedTo') return speakerGrouping(view.people)
  // claims without a code last, as "(no code)"
  if (view.groupBy === 'codes')
    return { keys: [`(${CODE_LABEL} IS NULL)`, CODE_LABEL], group: CODE_LABEL, label: `coalesce(${CODE_LABEL}, '(no code)')` }
  // untagged last, as claims_by_confidence holds them
  if (view.groupBy === 'confidence')
    return { keys: ['(c.confidence IS NULL)', 'c.confidence'], group: 'c.confidence', label: "coalesce(c.confidence, 'none')" }
  return null
}

interface Term {
  expr: string
  desc: boolean
  /** NULLs come after every value (in this term's direction) */
  nullsLast: boolean
  nullable: boolean
}

const BY_ARTICLE: Term[] = [
  { expr: 'a.published', desc: true, nullsLast: true, nullable: true },
  { expr: 'a.id', desc: false, nullsLast: true, nullable: false },
  { expr: 'c.start', desc: false, nullsLast: true, nullable: false },
  { expr: 'c.id', desc: false, nullsLast: true, nullable: false }
]

/**
 * The view's order, every term explicit, ending in the claim's id so that each row has one place. Unsorted: the
 * library's order (newest article first, then position in the text). Sorted or grouped: ties by the claim's id (in the
 * sort's direction), so that an index on the column serves the whole order (migration 0010); a column that can be
 * empty sorts its empty values last through `(x IS NULL)` first, which its index also holds.
 */
export function orderTerms(view: ClaimView): Term[] {
  const terms: Term[] = []
  const group = grouping(view)
  if (group) {
    const desc = view.sort?.find((s) => s.column === view.groupBy)?.desc ?? false
    const keys = group.keys
    keys.forEach((expr, i) => terms.push({ expr, desc: i === keys.length - 1 && desc, nullsLast: true, nullable: i > 0 }))
  }
  const sort = (view.sort ?? []).filter((s) => s.column !== view.groupBy)
  for (const s of sort) {
    const { expr, nullable } = SORT[s.column]
    if (nullable) terms.push({ expr: `(${expr} IS NULL)`, desc: false, nullsLast: true, nullable: false })
    terms.push({ expr, desc: s.desc, nullsLast: true, nullable })
  }
  if (terms.length === 0) return BY_ARTICLE
  if (sort.at(-1)?.column === 'articleTitle') return [...terms, ...BY_ARTICLE.slice(1)]
  return [...terms, { expr: 'c.id', desc: sort.at(-1)?.desc ?? false, nullsLast: true, nullable: false }]
}

const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (m) => '\\' + m)}%`

/** The WHERE clause of a view (over `c`, claims, only: counting needs no join), with its parameters. */
export function viewWhere(view: ClaimView): { where: string[]; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  const text = view.text ? foldText(view.text.trim()) : ''
  if (text) {
    where.push("c.search_text LIKE ? ESCAPE '\\'")
    params.push(likePattern(text))
  }
  if (view.confidence && view.confidence.length > 0) {
    const tags = view.confidence.filter((t) => t !== 'none')
    const parts = tags.length ? [`c.confidence IN (${tags.map(() => '?').join(', ')})`] : []
    params.push(...tags)
    if (view.confidence.includes('none')) parts.push('c.confidence IS NULL')
    where.push(`(${parts.join(' OR ')})`)
  }
  const speakers = [...new Set([...(view.speaker !== undefined ? [view.speaker] : []), ...(view.speakers ?? [])].map(foldText))]
  if (speakers.length > 0) {
    where.push(`c.speaker_key IN (${speakers.map(() => '?').join(', ')})`)
    params.push(...speakers)
  }
  if (view.codes?.kind === 'none') where.push('NOT EXISTS (SELECT 1 FROM claim_codes cc WHERE cc.claim_id = c.id)')
  else if (view.codes?.kind === 'any') {
    // an empty set (a code whose sub-codes were all deleted) matches nothing
    const ids = view.codes.ids.length ? view.codes.ids.map(() => '?').join(', ') : 'NULL'
    where.push(`EXISTS (SELECT 1 FROM claim_codes cc WHERE cc.claim_id = c.id AND cc.code_id IN (${ids}))`)
    params.push(...view.codes.ids)
  }
  return { where, params }
}

/** `expr` strictly after `v` in the term's order (null: none for NULLS LAST; every non-NULL for NULLS FIRST). */
function after(t: Term, v: unknown, params: unknown[]): string | null {
  const op = t.desc ? '<' : '>'
  if (v === null) return t.nullsLast ? null : `${t.expr} IS NOT NULL`
  params.push(v)
  return t.nullsLast && t.nullable ? `(${t.expr} ${op} ? OR ${t.expr} IS NULL)` : `${t.expr} ${op} ?`
}

function equal(t: Term, v: unknown, params: unknown[]): string {
  if (v === null) return `${t.expr} IS NULL`
  params.push(v)
  return `${t.expr} = ?`
}

/** Rows after the cursor's row in `terms`' order: (t0 after) OR (t0 = AND t1 after) OR … */
function keyset(terms: Term[], cursor: ClaimCursor, params: unknown[]): string {
  const alternatives: string[] = []
  for (let i = 0; i < terms.length; i++) {
    const p: unknown[] = []
    const same = terms.slice(0, i).map((t, j) => equal(t, cursor[j] ?? null, p))
    const next = after(terms[i]!, cursor[i] ?? null, p)
    if (next === null) continue
    alternatives.push([...same, next].join(' AND '))
    params.push(...p)
  }
  return alternatives.length ? `(${alternatives.map((a) => `(${a})`).join(' OR ')})` : '0'
}

const reversed = (t: Term): Term => ({ ...t, desc: !t.desc, nullsLast: !t.nullsLast })

/** ClaimRow's fields without prefix and suffix (empty: only an article's own view re-anchors with them). */
const PAGE_ROW_SELECT = [
  ...claimFieldNames.map((f) => (CLAIM_FIELDS[f].grid ? `c."${CLAIM_FIELDS[f].column}" AS "${f}"` : `'' AS "${f}"`)),
  'a.title AS "articleTitle"'
].join(', ')

export interface PageSql {
  /** the window's claim ids, in view order */
  sql: string
  params: unknown[]
  /** the rows come in reverse view order (a `before` page): reverse them */
  reverse: boolean
}

/**
 * One window of the view's ids: from `offset`, after a cursor, or before one; `limit` rows. Only ids: rows skipped
 * by an offset are then read from the indexes alone, not the table (at 100k claims, offset 90,000: 380 ms → 30 ms).
 */
export function claimPageSql(view: ClaimView, at: { offset?: number; after?: ClaimCursor; before?: ClaimCursor }, limit: number): PageSql {
  const reverse = at.before !== undefined
  const { sql, params } = viewSql(view, 'c.id', { cursor: at.after ?? at.before, reverse })
  params.push(limit, at.offset ?? 0)
  return { sql: `${sql} LIMIT ? OFFSET ?`, params, reverse }
}

/** Every row of the view as `columns` (over `c`, claims, and `a`, articles), in view order: what export writes. */
export function claimViewSql(view: ClaimView, columns: string): { sql: string; params: unknown[] } {
  return viewSql(view, columns, { joined: true })
}

function viewSql(
  view: ClaimView,
  columns: string,
  opts: { cursor?: ClaimCursor; reverse?: boolean; joined?: boolean }
): { sql: string; params: unknown[] } {
  const { where, params } = viewWhere(view)
  let terms = orderTerms(view)
  if (opts.reverse) terms = terms.map(reversed)
  if (opts.cursor) where.push(keyset(terms, opts.cursor, params))
  const order = terms.map((t) => `${t.expr} ${t.desc ? 'DESC' : 'ASC'} NULLS ${t.nullsLast ? 'LAST' : 'FIRST'}`).join(', ')
  // NULLS LAST on a descending term is SQLite's own order, so said only where it differs (an index serves it then)
  const plainOrder = order.replace(/ DESC NULLS LAST/g, ' DESC').replace(/ ASC NULLS FIRST/g, ' ASC')
  // in the default order, articles outside (SQLite's CROSS JOIN keeps the order of the tables): the order is the index's,
  // and a window reads its rows only; left to itself the planner sorted every claim for each window. Not for a speaker's
  // claims, which its index finds directly.
  const articlesFirst = !view.groupBy && (!view.sort?.length || (view.sort.length === 1 && view.sort[0]!.column === 'articleTitle'))
  const byArticle = articlesFirst && !view.speakers?.length && view.speaker === undefined
  const from = byArticle
    ? 'articles a CROSS JOIN claims c ON c.article_id = a.id'
    : opts.joined || terms.some((t) => t.expr.startsWith('a.'))
      ? 'claims c JOIN articles a ON a.id = c.article_id'
      : 'claims c'
  return {
    sql: `${prefix(view)}SELECT ${columns} FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${plainOrder}`,
    params
  }
}

/** The rows of some claims (in no order), each with its cursor: the view's sort values as k0, k1, … */
export function claimRowsSql(view: ClaimView, ids: number[]): { sql: string; params: unknown[]; keys: number } {
  const terms = orderTerms(view)
  const keys = terms.map((t, i) => `${t.expr} AS k${i}`).join(', ')
  return {
    sql: `${prefix(view)}SELECT ${PAGE_ROW_SELECT}, ${keys} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (${ids.map(() => '?').join(', ')})`,
    params: ids,
    keys: terms.length
  }
}

/** How many rows the view holds. */
export function claimCountSql(view: ClaimView): { sql: string; params: unknown[] } {
  const { where, params } = viewWhere(view)
  return { sql: `SELECT count(*) AS total FROM claims c${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params }
}

/** A grouped view's groups in row order with their counts. */
export function claimGroupsSql(view: ClaimView & { groupBy: NonNullable<ClaimView['groupBy']> }): { sql: string; params: unknown[] } {
  const { where, params } = viewWhere(view)
  const g = grouping(view)!
  const desc = view.sort?.find((s) => s.column === view.groupBy)?.desc ?? false
  return {
    sql:
      `${prefix(view)}SELECT ${g.label} AS "group", count(*) AS count FROM claims c${where.length ? ` WHERE ${where.join(' AND ')}` : ''}` +
      ` GROUP BY ${g.group} ORDER BY ${g.keys.map((k, i) => `${k}${i === g.keys.length - 1 && desc ? ' DESC' : ''}`).join(', ')}`,
    params
  }
}
