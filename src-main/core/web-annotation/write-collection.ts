import { randomUUID } from 'node:crypto'
import type { Writable } from 'node:stream'
import type { ExportSelection } from '../../contract/export.ts'
import { CODE_IDS_SQL, codeLabels, codesOfCell } from '../export/code-labels.ts'
import { selectRows } from '../db/sqlite/claim-selection.ts'
import { TextSink, type ExportProgress } from '../export/text-sink.ts'
import { quoteSelector } from '../anchor/anchor.ts'
import { OffsetMapper } from './code-points.ts'
import { annotationId, toAnnotation, toArticleNode, type ArticleForAnnotation } from './to-annotation.ts'
import { CONTEXT } from './vocabulary.ts'
import type { ReadSnapshot } from '../db/sqlite/read-snapshot.ts'

const COLUMNS = `c.id, c.article_id, a.content_hash, c.start, c."end", c.quote, c.prefix, c.suffix, c.confidence, c.attributed_to,
  c.note, c.source_reliability, c.claim_credibility, c.cue, c.created_at, c.updated_at, ${CODE_IDS_SQL}`

type Row = [
  number,
  number,
  string,
  number,
  number,
  string,
  string,
  string,
  string | null,
  string,
  string,
  string | null,
  number | null,
  string | null,
  string,
  string,
  string | null
]

export interface CollectionOptions extends ExportProgress {
  /** Who wrote the file, e.g. "Analyst Workbench 0.1.0". */
  generator: string
  /** Annotations per write (default 2000). */
  chunkRows?: number
}

/**
 * Streams the selected claims as one W3C AnnotationCollection (see vocabulary.ts):
 * annotations first, in the selection's order, then the articles they point into
 * (each once, with its canonical text). Resolves with the number of annotations.
 */
export async function writeCollection(
  { db, reader }: ReadSnapshot,
  selection: ExportSelection,
  out: Writable,
  options: CollectionOptions
): Promise<number> {
  const chunkRows = options.chunkRows ?? 2000
  const sink = new TextSink(out, options.signal)
  const bodyOf = async (id: number): Promise<string> =>
    (await db.selectFrom('articles').select('body').where('id', '=', id).executeTakeFirstOrThrow()).body
  const mappers = new Map<number, OffsetMapper>()
  const mapperFor = async (articleId: number): Promise<OffsetMapper> => {
    let m = mappers.get(articleId)
    if (!m) mappers.set(articleId, (m = new OffsetMapper(await bodyOf(articleId))))
    return m
  }
  const seenIds = new Set<string>()
  const labels = await codeLabels(db)
  try {
    const head = {
      '@context': CONTEXT,
      id: `urn:uuid:${randomUUID()}`,
      type: 'AnnotationCollection',
      label: 'Claims exported from Analyst Workbench',
      generator: { type: 'Software', name: options.generator },
      generated: new Date().toISOString()
    }
    let chunk = JSON.stringify(head).slice(0, -1) + ',"first":{"type":"AnnotationPage","startIndex":0,"items":['
    let written = 0
    let pending = 0
    for (const r of selectRows(reader, selection, COLUMNS) as Generator<Row>) {
      const claim = {
        contentHash: r[2],
        start: r[3],
        end: r[4],
        quote: r[5],
        prefix: r[6],
        suffix: r[7],
        confidence: r[8],
        attributedTo: r[9],
        note: r[10],
        sourceReliability: r[11],
        claimCredibility: r[12],
        cue: r[13],
        createdAt: r[14],
        updatedAt: r[15],
        codes: codesOfCell(r[16], labels)
      }
      // Before anchors were cut at grapheme boundaries, context cut through an emoji was stored with U+FFFD for
      // the half that SQLite could not keep; such context no longer borders the quote, so it is cut again from the text.
      if (claim.prefix.includes('\uFFFD') || claim.suffix.includes('\uFFFD')) {
        const { prefix, suffix } = quoteSelector(await bodyOf(r[1] as number), claim.start, claim.end)
        Object.assign(claim, { prefix, suffix })
      }
      let id = annotationId(claim)
      for (let n = 2; seenIds.has(id); n++) id = `${annotationId(claim)}-${n}` // two claims marked on the same span in the same millisecond
      seenIds.add(id)
      chunk += (written + pending ? ',\n' : '\n') + JSON.stringify(toAnnotation(claim, mappers.get(r[1]) ?? (await mapperFor(r[1])), id))
      if (++pending === chunkRows) {
        await sink.write(chunk)
        written += pending
        pending = 0
        chunk = ''
        options.onProgress?.(written)
      }
    }
    written += pending
    chunk += `\n]},"total":${written},"awb:articles":[`
    const articles = db
      .selectFrom('articles')
      .select(['content_hash as contentHash', 'title', 'body', 'source', 'url', 'published', 'format'])
    const article = async (id: number): Promise<ArticleForAnnotation> =>
      (await articles.where('id', '=', id).executeTakeFirstOrThrow()) as ArticleForAnnotation
    let first = true
    for (const articleId of mappers.keys()) {
      chunk += (first ? '\n' : ',\n') + JSON.stringify(toArticleNode(await article(articleId)))
      first = false
      if (chunk.length > 1 << 20) {
        await sink.write(chunk)
        chunk = ''
      }
    }
    await sink.write(chunk + '\n]}\n')
    options.onProgress?.(written)
    return written
  } finally {
    sink.release()
  }
}
