import { randomUUID } from 'node:crypto'
import type { Confidence } from '../../contract/common.ts'
import { quoteSelector } from '../anchor/anchor.ts'
import type { Store } from '../db/store.ts'
import { insertArticle } from '../services/articles.ts'
import type { PreparedProject } from './prepare-project.ts'
import type { QdeCode } from './project-model.ts'
import { CONFIDENCE_PARENT, tagOfCodeName } from './vocabulary.ts'

export interface StoredProject {
  articles: { created: number; reused: number }
  claims: { created: number; skipped: number }
  codes: { created: number; reused: number }
  /** the articles as stored, in file order */
  stored: { id: number; title: string }[]
  warnings: string[]
}

/** The Confidence parent this app writes, or another program's parent code holding nothing but tags. */
const isTagParent = (c: QdeCode): boolean =>
  c.guid === CONFIDENCE_PARENT.guid ||
  (c.name.trim().toLowerCase() === 'confidence' && c.children.length > 0 && c.children.every((k) => tagOfCodeName(k.name) !== null))

const clip = (name: string): string => (name.length > 200 ? name.slice(0, 199).trimEnd() + '…' : name)

/**
 * Stores a prepared project (prepare-project.ts), inside the import's batch
 * transaction `tx` (in a savepoint of its own there, so a file goes in whole or
 * not at all).
 *
 * Codes: the tags' codes (named like a tag, in any program) set the claim's
 * confidence; every other code is a topic code, found again by its GUID, else by
 * its name under the same parent, else created. Nothing stored is renamed or moved.
 * Articles: a text already in the library is reused. Claims: one already there
 * (same article, span and creation time) is skipped.
 */
export async function storeProject(tx: Store, p: PreparedProject, fileName: string): Promise<StoredProject> {
  const trx = tx.db
  const result: StoredProject = {
    articles: { created: 0, reused: 0 },
    claims: { created: 0, skipped: 0 },
    codes: { created: 0, reused: 0 },
    stored: [],
    warnings: [...p.warnings]
  }
  const tags = new Map<string, Confidence>()
  const topics = new Map<string, number>()
  const notCodable = new Set<string>()

  const byGuid = async (guid: string) => (await trx.selectFrom('codes').select('id').where('guid', '=', guid).executeTakeFirst())?.id
  const under = (parent: number | null) => trx.selectFrom('codes').where('parent_id', parent === null ? 'is' : '=', parent)
  // names compared ignoring case, as the codebook's unique index does (SQLite's lower() folds ASCII letters, like NOCASE)
  const byName = async (parent: number | null, name: string) =>
    (
      await under(parent)
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])))
        .executeTakeFirst()
    )?.id
  const nextPosition = async (parent: number | null) =>
    ((
      await under(parent)
        .select((eb) => eb.fn.max('position').as('last'))
        .executeTakeFirst()
    )?.last ?? -1) + 1

  const storeCodes = async (codes: QdeCode[], parentId: number | null): Promise<void> => {
    for (const c of codes) {
      const tag = tagOfCodeName(c.name)
      if (isTagParent(c) || tag !== null) {
        if (tag !== null) tags.set(c.guid, tag)
        else notCodable.add(c.guid)
        await storeCodes(c.children, parentId) // anything under a tag's code is filed where the tag's code stood
        continue
      }
      const name =
        clip(
          c.name
            .replace(/[\u0000-\u001f\u007f]+/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
        ) || 'Unnamed code'
      let id = (await byGuid(c.guid)) ?? (await byName(parentId, name))
      if (id !== undefined) result.codes.reused++
      else {
        const color = c.color
          ? (c.color.length === 4 ? `#${[...c.color.slice(1)].map((x) => x + x).join('')}` : c.color).toLowerCase()
          : null
        const guid = (await byGuid(c.guid)) !== undefined ? randomUUID().toUpperCase() : c.guid
        const code = { guid, parent_id: parentId, name, color, description: c.description, position: await nextPosition(parentId) }
        id = (await trx.insertInto('codes').values(code).returning('id').executeTakeFirstOrThrow()).id
        result.codes.created++
      }
      topics.set(c.guid, id)
      await storeCodes(c.children, id)
    }
  }
  await storeCodes(p.codes, null)

  /** a claim already stored there: same span (and the same creation time, when the file gives one) */
  const exists = async (articleId: number, c: PreparedProject['articles'][number]['claims'][number]): Promise<boolean> => {
    const span = trx
      .selectFrom('claims')
      .select('id')
      .where('article_id', '=', articleId)
      .where('start', '=', c.start)
      .where('end', '=', c.end)
    return (await (c.timed ? span.where('created_at', '=', c.createdAt) : span).executeTakeFirst()) !== undefined
  }
  let unknownCodes = 0
  for (const a of p.articles) {
    const stored = await insertArticle(tx, {
      title: a.title,
      body: a.body,
      source: a.source,
      url: a.url,
      published: a.published,
      format: a.format,
      fileName
    })
    result.articles[stored.status === 'imported' ? 'created' : 'reused']++
    const title =
      stored.status === 'imported'
        ? a.title
        : (await trx.selectFrom('articles').select('title').where('id', '=', stored.id).executeTakeFirstOrThrow()).title
    result.stored.push({ id: stored.id, title })
    for (const c of a.claims) {
      if (await exists(stored.id, c)) {
        result.claims.skipped++
        continue
      }
      const confidences = [...new Set(c.codeGuids.flatMap((g) => tags.get(g) ?? []))]
      if (confidences.length > 1)
        result.warnings.push(
          `${c.label[0]!.toUpperCase()}${c.label.slice(1)} has the tags ${confidences.map((t) => `"${t}"`).join(' and ')}: imported as "${confidences[0]}".`
        )
      const { quote, prefix, suffix } = quoteSelector(a.body, c.start, c.end)
      const claim = {
        article_id: stored.id,
        start: c.start,
        end: c.end,
        quote,
        prefix,
        suffix,
        confidence: confidences[0] ?? null,
        attributed_to: c.attributedTo,
        note: c.note,
        source_reliability: c.sourceReliability,
        claim_credibility: c.claimCredibility,
        cue: c.cue,
        created_at: c.createdAt,
        updated_at: c.updatedAt
      }
      const { id: claimId } = await trx.insertInto('claims').values(claim).returning('id').executeTakeFirstOrThrow()
      for (const g of c.codeGuids) {
        const code = topics.get(g)
        if (code !== undefined && !notCodable.has(g))
          await trx.insertInto('claim_codes').values({ claim_id: claimId, code_id: code }).execute()
        else if (code === undefined && !tags.has(g) && !notCodable.has(g)) unknownCodes++
      }
      result.claims.created++
    }
  }
  if (unknownCodes > 0)
    result.warnings.push(
      `${unknownCodes} coding${unknownCodes === 1 ? '' : 's'} named a code that is not in the file's codebook and ${unknownCodes === 1 ? 'was' : 'were'} left out.`
    )
  return result
}
