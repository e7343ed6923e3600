import type { z } from 'zod'
import { articleFormats, type Article } from '../../contract/articles.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import { insertArticle } from '../services/articles.ts'
import { canonicalText } from '../services/canonical-text.ts'
import { OffsetMapper } from './code-points.ts'
import { ensureCodePath } from '../services/code-paths.ts'
import {
  codeBody,
  collection,
  gradeBody,
  tagBody,
  textPositionSelector,
  textQuoteSelector,
  textualBody,
  type AnnotationIn,
  type ArticleIn
} from './schema.ts'
import type { ClaimForAnnotation } from './to-annotation.ts'
import { PURPOSE } from './vocabulary.ts'
import type { ClaimsTable } from '../db/schema.ts'
import { writeTransaction, type Store } from '../db/store.ts'

export interface WebAnnotationImport {
  articles: { created: number; reused: number }
  claims: { created: number; skipped: number }
  /** The file's articles as stored (created or reused), in file order, with their titles. */
  stored: { id: number; title: string }[]
  /** Parts of the file that were understood but not imported (e.g. bodies with other purposes). */
  warnings: string[]
}

/** A claim read from the file: the fields an annotation carries, anchored to an article of the file by its IRI. */
type ClaimIn = Omit<ClaimForAnnotation, 'contentHash' | 'codes'> & { articleIri: string; codes: { guid: string; path: string[] }[] }

const MAX_SHOWN_ISSUES = 5
const clip = (s: string, n = 60): string => JSON.stringify(s.length > n ? s.slice(0, n) + '…' : s)

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_SHOWN_ISSUES).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
  const more = error.issues.length - shown.length
  return shown.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '')
}

/** created/modified as the app stores them: ISO UTC with milliseconds (kept verbatim when already so). */
function storedTime(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) ? value : new Date(value).toISOString()
}

interface FileArticle {
  node: ArticleIn
  text: string
  offsets: OffsetMapper
}

function readArticles(nodes: ArticleIn[], fail: (msg: string) => never): Map<string, FileArticle> {
  const articles = new Map<string, FileArticle>()
  for (const node of nodes) {
    const text = node['awb:text']
    const name = `article ${clip(node['awb:title'])} (${node.id})`
    if (articles.has(node.id)) fail(`${name} appears twice.`)
    if (canonicalText(text) !== text)
      fail(
        `the text of ${name} is not in the app's canonical form (NFC, \\n line ends, no trailing spaces, trimmed), so positions into it cannot be trusted.`
      )
    articles.set(node.id, { node, text, offsets: new OffsetMapper(text) })
  }
  return articles
}

function readClaim(
  a: AnnotationIn,
  label: string,
  articles: Map<string, FileArticle>,
  warnings: string[],
  fail: (msg: string) => never
): ClaimIn {
  const article = articles.get(a.target.source)
  if (!article) fail(`${label} points into ${a.target.source}, which is not among the file's articles (awb:articles).`)
  const pick = <S extends z.ZodType>(type: string, schema: S): z.output<S> => {
    const found = a.target.selector.filter((s) => s.type === type)
    if (found.length !== 1) fail(`${label} needs exactly one ${type} (found ${found.length}).`)
    const parsed = schema.safeParse(found[0])
    if (!parsed.success) fail(`${label} has a bad ${type}: ${describeIssues(parsed.error)}`)
    return parsed.data
  }
  const quote = pick('TextQuoteSelector', textQuoteSelector)
  const position = pick('TextPositionSelector', textPositionSelector)
  const start = article.offsets.toUtf16(position.start)
  const end = article.offsets.toUtf16(position.end)
  if (start === undefined || end === undefined)
    fail(
      `${label}: position ${position.start}–${position.end} lies beyond the end of ${article.node.id} (${article.offsets.length} characters).`
    )
  const found = article.text.slice(start, end)
  if (found !== quote.exact)
    fail(
      `${label}: its quote ${clip(quote.exact)} does not match the article text at ${position.start}–${position.end}, which reads ${clip(found)}.`
    )
  const prefix = quote.prefix ?? ''
  const suffix = quote.suffix ?? ''
  if (article.text.slice(Math.max(0, start - prefix.length), start) !== prefix)
    fail(`${label}: its prefix ${clip(prefix)} is not the text just before the quote.`)
  if (article.text.slice(end, end + suffix.length) !== suffix)
    fail(`${label}: its suffix ${clip(suffix)} is not the text just after the quote.`)

  const claim: ClaimIn = {
    articleIri: a.target.source,
    start,
    end,
    quote: quote.exact,
    prefix,
    suffix,
    confidence: null,
    attributedTo: '',
    note: '',
    sourceReliability: null,
    claimCredibility: null,
    cue: null,
    createdAt: '',
    updatedAt: '',
    codes: []
  }
  const seen = new Set<string>()
  for (const body of a.body ?? []) {
    const purpose = typeof body === 'string' ? undefined : body.purpose
    const known = Object.values(PURPOSE).includes(purpose as never)
    if (!known) {
      warnings.push(
        `${label}: ignored a body ${typeof purpose === 'string' ? `with purpose ${clip(purpose)}` : 'without a purpose we know'}.`
      )
      continue
    }
    if (purpose === PURPOSE.code) {
      const code = codeBody.safeParse(body)
      if (!code.success) fail(`${label} has a bad ${purpose} body: ${describeIssues(code.error)}`)
      claim.codes.push({ guid: code.data!['awb:code'].slice('urn:uuid:'.length), path: code.data!['awb:codePath'] })
      continue
    }
    if (seen.has(purpose as string)) fail(`${label} has two bodies with purpose ${purpose}.`)
    seen.add(purpose as string)
    const schema = purpose === PURPOSE.confidence ? tagBody : purpose === PURPOSE.grades ? gradeBody : textualBody
    const parsed = schema.safeParse(body)
    if (!parsed.success) fail(`${label} has a bad ${purpose} body: ${describeIssues(parsed.error)}`)
    const value = parsed.data as Record<string, unknown>
    if (purpose === PURPOSE.confidence) claim.confidence = value.value as string
    else if (purpose === PURPOSE.speaker) claim.attributedTo = value.value as string
    else if (purpose === PURPOSE.note) claim.note = value.value as string
    else if (purpose === PURPOSE.cue) claim.cue = value.value as string
    else {
      claim.sourceReliability = (value['awb:sourceReliability'] as string | undefined) ?? null
      claim.claimCredibility = (value['awb:claimCredibility'] as number | undefined) ?? null
    }
  }
  const now = new Date().toISOString()
  claim.createdAt = storedTime(a.created, now)
  claim.updatedAt = storedTime(a.modified, claim.createdAt)
  return claim
}

const formatOf = (node: ArticleIn): Article['format'] => {
  const f = node['awb:originalFormat']
  return (articleFormats as readonly string[]).includes(f ?? '') ? (f as Article['format']) : 'jsonld'
}

/**
 * Imports a W3C Web Annotation file written by the app's export (see vocabulary.ts)
 * into `database`: its articles (an article whose canonical text is already stored
 * is reused, not duplicated) and its claims, each verified against the article text
 * first. All or nothing: the first problem rejects the whole file with a message
 * naming the file and the annotation, and nothing is stored. Claims already present
 * (same article, position and creation time) are skipped, so importing a file twice
 * adds nothing.
 */
export async function importWebAnnotation(store: Store, json: string | unknown, fileName: string): Promise<WebAnnotationImport> {
  const fail = (message: string, details?: Record<string, unknown>): never => {
    throw new WorkbenchError('rejected', `${fileName}: ${message}`, { fileName, ...details })
  }
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.replace(/^\uFEFF/, ''))
    } catch (err) {
      fail(`not valid JSON (${(err as Error).message}).`)
    }
  }
  const parsed = collection.safeParse(value)
  if (!parsed.success) fail(`not an Analyst Workbench Web Annotation file: ${describeIssues(parsed.error)}`)
  const file = parsed.data!
  const articles = readArticles(file['awb:articles'], fail)
  const warnings: string[] = []
  const claims = file.first.items.map((a, i) =>
    readClaim(a, `annotation ${a.id} (item ${i + 1})`, articles, warnings, (m) => fail(m, { annotation: a.id, item: i + 1 }))
  )

  const exists = async (trx: Store['db'], articleId: number, c: (typeof claims)[number]): Promise<boolean> =>
    (await trx
      .selectFrom('claims')
      .select('id')
      .where('article_id', '=', articleId)
      .where('start', '=', c.start)
      .where('end', '=', c.end)
      .where('created_at', '=', c.createdAt)
      .executeTakeFirst()) !== undefined
  const result: WebAnnotationImport = { articles: { created: 0, reused: 0 }, claims: { created: 0, skipped: 0 }, stored: [], warnings }
  await writeTransaction(store, async (tx) => {
    const ids = new Map<string, number>()
    for (const [iri, { node, text }] of articles) {
      const r = await insertArticle(tx, {
        title: node['awb:title'],
        body: text,
        source: node['awb:publisher'] ?? null,
        url: node['awb:url'] ?? null,
        published: node['awb:published'] ?? null,
        format: formatOf(node),
        fileName
      })
      ids.set(iri, r.id)
      result.stored.push({ id: r.id, title: node['awb:title'] })
      result.articles[r.status === 'imported' ? 'created' : 'reused']++
    }
    for (const c of claims) {
      const articleId = ids.get(c.articleIri)!
      if (await exists(tx.db, articleId, c)) {
        result.claims.skipped++
        continue
      }
      const row = {
        article_id: articleId,
        start: c.start,
        end: c.end,
        quote: c.quote,
        prefix: c.prefix,
        suffix: c.suffix,
        confidence: c.confidence as ClaimsTable['confidence'],
        attributed_to: c.attributedTo,
        note: c.note,
        source_reliability: c.sourceReliability,
        claim_credibility: c.claimCredibility,
        cue: c.cue,
        created_at: c.createdAt,
        updated_at: c.updatedAt
      }
      const { id: claimId } = await tx.db.insertInto('claims').values(row).returning('id').executeTakeFirstOrThrow()
      for (const code of c.codes)
        await tx.db
          .insertInto('claim_codes')
          .values({ claim_id: claimId, code_id: await ensureCodePath(tx.db, code.guid, code.path) })
          .execute()
      result.claims.created++
    }
  })
  return result
}
