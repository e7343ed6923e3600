import type { Writable } from 'node:stream'
import type { Kysely } from 'kysely'
import type { ExportSelection } from '../../contract/export.ts'
import { selectRows } from '../db/sqlite/claim-selection.ts'
import { TextSink, type ExportProgress } from '../export/text-sink.ts'
import { codeTree } from '../services/codes.ts'
import { OffsetMapper } from '../web-annotation/code-points.ts'
import { encodeDescription } from './description.ts'
import { guidFor } from './guids.ts'
import type { QdeCode, SelectionOut, SourceOut } from './project-model.ts'
import { QdpxZipWriter } from './qdpx-archive.ts'
import { QdeWriter } from './qde-writer.ts'
import { analystUser, ARTICLE_VARIABLES, CONFIDENCE_CODES, CONFIDENCE_PARENT } from './vocabulary.ts'
import type { DB } from '../db/schema.ts'
import type { ReadSnapshot } from '../db/sqlite/read-snapshot.ts'
import { getAnalyst } from '../services/analyst.ts'

export interface QdpxOptions extends ExportProgress {
  /** who wrote the file, e.g. "Analyst Workbench 0.1.0" (the project's origin) */
  generator: string
  /** the export's time stamp (default now) */
  now?: Date
}

const COLUMNS = `c.id, c.article_id, a.content_hash, c.start, c."end", c.quote, c.confidence, c.attributed_to, c.note,
  c.source_reliability, c.claim_credibility, c.cue, c.created_at, c.updated_at`
type Row = [
  number,
  number,
  string,
  number,
  number,
  string,
  string | null,
  string,
  string,
  string | null,
  number | null,
  string | null,
  string,
  string
]

interface ArticleRow {
  id: number
  title: string
  body: string
  content_hash: string
  source: string | null
  url: string | null
  published: string | null
  format: string
}

/** A selection's name: its quote on one line, cut at 100 characters. */
const selectionName = (quote: string): string => {
  const line = quote.replace(/\s+/g, ' ').trim()
  return line.length > 100 ? `${line.slice(0, 99).trimEnd()}…` : line
}

export const sourceGuid = (contentHash: string): string => guidFor(`article:${contentHash}`)

/** The codebook as written: the Confidence parent with the three tags, then the analyst's codes. */
async function codebook(db: Kysely<DB>): Promise<{ codes: QdeCode[]; guidOf: Map<number, string>; orderOf: Map<number, number> }> {
  const rows: Parameters<typeof codeTree>[0] = await db
    .selectFrom('codes')
    .select(['id', 'guid', 'parent_id', 'name', 'color', 'description', 'position'])
    .orderBy('position')
    .orderBy('id')
    .execute()
  const tree = codeTree(rows, new Map())
  const nodes = new Map<number, QdeCode>()
  const top: QdeCode[] = []
  for (const c of tree) {
    const node: QdeCode = { guid: c.guid, name: c.name, isCodable: true, color: c.color, description: c.description, children: [] }
    nodes.set(c.id, node)
    if (c.parentId === null) top.push(node)
    else nodes.get(c.parentId)!.children.push(node)
  }
  const confidence: QdeCode = {
    guid: CONFIDENCE_PARENT.guid,
    name: CONFIDENCE_PARENT.name,
    isCodable: false,
    color: null,
    description: 'The confidence tag of each claim (Analyst Workbench): evidence, assess or do not yet know.',
    children: CONFIDENCE_CODES.map((t) => ({ guid: t.guid, name: t.name, isCodable: true, color: t.color, description: '', children: [] }))
  }
  return { codes: [confidence, ...top], guidOf: new Map(tree.map((c) => [c.id, c.guid])), orderOf: new Map(tree.map((c, i) => [c.id, i])) }
}

/** Claims of the selection per article, in text order, and the articles to write (all of them for an unfiltered whole-corpus export). */
async function claimsByArticle(
  { db, reader }: ReadSnapshot,
  selection: ExportSelection
): Promise<{ byArticle: Map<number, Row[]>; articleIds: number[] }> {
  const byArticle = new Map<number, Row[]>()
  for (const r of selectRows(reader, selection, COLUMNS) as Generator<Row>) {
    const list = byArticle.get(r[1])
    if (list) list.push(r)
    else byArticle.set(r[1], [r])
  }
  for (const list of byArticle.values())
    list.sort((a, b) => a[3] - b[3] || a[4] - b[4] || (a[12] < b[12] ? -1 : a[12] > b[12] ? 1 : a[0] - b[0]))
  const everything = 'query' in selection && Object.keys(selection.query).every((k) => k === 'sort')
  const articleIds = everything
    ? (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((a) => a.id)
    : [...byArticle.keys()].sort((a, b) => a - b)
  return { byArticle, articleIds }
}

async function codesOfClaims(db: Kysely<DB>): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>()
  for (const { claim_id: claim, code_id: code } of await db.selectFrom('claim_codes').select(['claim_id', 'code_id']).execute()) {
    const list = out.get(claim)
    if (list) list.push(code)
    else out.set(claim, [code])
  }
  return out
}

function sourceOf(a: ArticleRow, claims: Row[], codes: Map<number, number[]>, book: Awaited<ReturnType<typeof codebook>>): SourceOut {
  const offsets = new OffsetMapper(a.body)
  const guid = sourceGuid(a.content_hash)
  const seen = new Set<string>()
  const selections = claims.map((r): SelectionOut => {
    const identity = `claim:${r[2]}:${r[3]}:${r[4]}:${r[12]}`
    let selGuid = guidFor(identity)
    for (let n = 2; seen.has(selGuid); n++) selGuid = guidFor(`${identity}:${n}`) // the same span marked twice in the same millisecond
    seen.add(selGuid)
    const { description, noteText } = encodeDescription({
      attributedTo: r[7],
      note: r[8],
      sourceReliability: r[9],
      claimCredibility: r[10],
      cue: r[11]
    })
    const tag = CONFIDENCE_CODES.find((t) => t.confidence === r[6])
    const topic = [...(codes.get(r[0]) ?? [])].sort((x, y) => book.orderOf.get(x)! - book.orderOf.get(y)!).map((id) => book.guidOf.get(id)!)
    const codeGuids = tag ? [tag.guid, ...topic] : topic
    return {
      guid: selGuid,
      name: selectionName(r[5]),
      start: offsets.toCodePoints(r[3]),
      end: offsets.toCodePoints(r[4]),
      created: r[12],
      modified: r[13],
      description,
      codings: codeGuids.map((codeGuid) => ({ guid: guidFor(`coding:${selGuid}:${codeGuid}`), codeGuid })),
      note: noteText === null ? null : { guid: guidFor(`note:${selGuid}`), text: noteText }
    }
  })
  const variables: SourceOut['variables'] = []
  for (const key of ['source', 'url', 'published', 'format'] as const)
    if (a[key] !== null) variables.push({ guid: ARTICLE_VARIABLES[key].guid, value: a[key]! })
  return { guid, name: a.title, plainTextPath: `internal://${guid}.txt`, variables, selections }
}

const bytesOf = (chunk: Uint8Array): Buffer => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)

/**
 * Streams the selected claims as a REFI-QDA project (.qdpx, docs/qdpx.md):
 * project.qde first (codebook, one TextSource per article, one coded
 * PlainTextSelection per claim), then each article's canonical text as
 * sources/<guid>.txt. Reads `snapshot` (a read-only connection inside a read
 * transaction, so the file is one snapshot); resolves with the number of claims.
 */
export async function writeQdpx(snapshot: ReadSnapshot, selection: ExportSelection, out: Writable, options: QdpxOptions): Promise<number> {
  const now = options.now ?? new Date()
  const sink = new TextSink(out, options.signal)
  const flush = async (zip: QdpxZipWriter): Promise<void> => {
    for (const chunk of zip.take()) await sink.write(bytesOf(chunk))
  }
  try {
    const { db } = snapshot
    const analyst = (await getAnalyst(db)).name
    const book = await codebook(db)
    const { byArticle, articleIds } = await claimsByArticle(snapshot, selection)
    const codes = await codesOfClaims(db)
    const articles = db.selectFrom('articles').select(['id', 'title', 'body', 'content_hash', 'source', 'url', 'published', 'format'])
    const article = async (id: number): Promise<ArticleRow> => (await articles.where('id', '=', id).executeTakeFirstOrThrow()) as ArticleRow
    const writer = new QdeWriter({
      name: 'Analyst Workbench project',
      origin: options.generator,
      created: now.toISOString(),
      user: analystUser(analyst),
      codes: book.codes,
      variables: Object.values(ARTICLE_VARIABLES).map((v) => ({ guid: v.guid, name: v.name }))
    })
    const zip = new QdpxZipWriter(now)
    const qde = zip.openFile('project.qde')
    qde.push(writer.head())
    let written = 0
    for (const id of articleIds) {
      const claims = byArticle.get(id) ?? []
      qde.push(writer.source(sourceOf(await article(id), claims, codes, book)))
      await flush(zip)
      written += claims.length
      options.onProgress?.(written)
    }
    qde.push(writer.tail())
    qde.close()
    const encoder = new TextEncoder()
    for (const id of articleIds) {
      const a = await article(id)
      zip.addFile(`sources/${sourceGuid(a.content_hash)}.txt`, encoder.encode(a.body))
      await flush(zip)
    }
    zip.end()
    await flush(zip)
    return written
  } finally {
    sink.release()
  }
}
