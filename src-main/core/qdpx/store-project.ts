import { randomUUID } from 'node:crypto'
import type { Confidence } from '../../contract/common.ts'
import { quoteSelector } from '../anchor/anchor.ts'
import type { Database } from '../db/open.ts'
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
  c.guid === CONFIDENCE_PARENT.guid || (c.name.trim().toLowerCase() === 'confidence' && c.children.length > 0 && c.children.every((k) => tagOfCodeName(k.name) !== null))

const clip = (name: string): string => (name.length > 200 ? name.slice(0, 199).trimEnd() + '…' : name)

/**
 * Stores a prepared project (prepare-project.ts). Synchronous, for the import's
 * batch transaction (it runs in a savepoint of its own there, so a file goes in
 * whole or not at all); hence prepared statements, not the async Kysely builder.
 *
 * Codes: the tags' codes (named like a tag, in any program) set the claim's
 * confidence; every other code is a topic code, found again by its GUID, else by
 * its name under the same parent, else created. Nothing stored is renamed or moved.
 * Articles: a text already in the library is reused. Claims: one already there
 * (same article, span and creation time) is skipped.
 */
export function storeProject(database: Database, p: PreparedProject, fileName: string): StoredProject {
  const { sqlite } = database
  const result: StoredProject = { articles: { created: 0, reused: 0 }, claims: { created: 0, skipped: 0 }, codes: { created: 0, reused: 0 }, stored: [], warnings: [...p.warnings] }
  const tags = new Map<string, Confidence>()
  const topics = new Map<string, number>()
  const notCodable = new Set<string>()

  const byGuid = sqlite.prepare('SELECT id FROM codes WHERE guid = ?').pluck()
  const byName = sqlite.prepare('SELECT id FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0) AND name = ? COLLATE NOCASE').pluck()
  const nextPosition = sqlite.prepare('SELECT coalesce(max(position) + 1, 0) FROM codes WHERE coalesce(parent_id, 0) = coalesce(?, 0)').pluck()
  const insertCode = sqlite.prepare('INSERT INTO codes (guid, parent_id, name, color, description, position) VALUES (?, ?, ?, ?, ?, ?)')
  const guidTaken = sqlite.prepare('SELECT 1 FROM codes WHERE guid = ?').pluck()

  const storeCodes = (codes: QdeCode[], parentId: number | null): void => {
    for (const c of codes) {
      const tag = tagOfCodeName(c.name)
      if (isTagParent(c) || tag !== null) {
        if (tag !== null) tags.set(c.guid, tag)
        else notCodable.add(c.guid)
        storeCodes(c.children, parentId) // anything under a tag's code is filed where the tag's code stood
        continue
      }
      const name = clip(c.name.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()) || 'Unnamed code'
      let id = (byGuid.get(c.guid) as number | undefined) ?? (byName.get(parentId, name) as number | undefined)
      if (id !== undefined) result.codes.reused++
      else {
        const color = c.color ? (c.color.length === 4 ? `#${[...c.color.slice(1)].map((x) => x + x).join('')}` : c.color).toLowerCase() : null
        const guid = guidTaken.get(c.guid) ? randomUUID().toUpperCase() : c.guid
        id = Number(insertCode.run(guid, parentId, name, color, c.description, nextPosition.get(parentId)).lastInsertRowid)
        result.codes.created++
      }
      topics.set(c.guid, id)
      storeCodes(c.children, id)
    }
  }
  storeCodes(p.codes, null)

  const exists = sqlite.prepare('SELECT 1 FROM claims WHERE article_id = ? AND start = ? AND "end" = ? AND created_at = ?').pluck()
  const existsUntimed = sqlite.prepare('SELECT 1 FROM claims WHERE article_id = ? AND start = ? AND "end" = ?').pluck()
  const insertClaim = sqlite.prepare(
    `INSERT INTO claims (article_id, start, "end", quote, prefix, suffix, confidence, attributed_to, note, source_reliability, claim_credibility, cue, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const insertCoding = sqlite.prepare('INSERT INTO claim_codes (claim_id, code_id) VALUES (?, ?)')
  let unknownCodes = 0
  for (const a of p.articles) {
    const stored = insertArticle(database, { title: a.title, body: a.body, source: a.source, url: a.url, published: a.published, format: a.format, fileName })
    result.articles[stored.status === 'imported' ? 'created' : 'reused']++
    const title = stored.status === 'imported' ? a.title : (sqlite.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(stored.id) as string)
    result.stored.push({ id: stored.id, title })
    for (const c of a.claims) {
      if (c.timed ? exists.get(stored.id, c.start, c.end, c.createdAt) : existsUntimed.get(stored.id, c.start, c.end)) {
        result.claims.skipped++
        continue
      }
      const confidences = [...new Set(c.codeGuids.flatMap((g) => tags.get(g) ?? []))]
      if (confidences.length > 1) result.warnings.push(`${c.label[0]!.toUpperCase()}${c.label.slice(1)} has the tags ${confidences.map((t) => `"${t}"`).join(' and ')}: imported as "${confidences[0]}".`)
      const { quote, prefix, suffix } = quoteSelector(a.body, c.start, c.end)
      const claimId = Number(
        insertClaim.run(stored.id, c.start, c.end, quote, prefix, suffix, confidences[0] ?? null, c.attributedTo, c.note, c.sourceReliability, c.claimCredibility, c.cue, c.createdAt, c.updatedAt)
          .lastInsertRowid
      )
      for (const g of c.codeGuids) {
        const code = topics.get(g)
        if (code !== undefined && !notCodable.has(g)) insertCoding.run(claimId, code)
        else if (code === undefined && !tags.has(g) && !notCodable.has(g)) unknownCodes++
      }
      result.claims.created++
    }
  }
  if (unknownCodes > 0) result.warnings.push(`${unknownCodes} coding${unknownCodes === 1 ? '' : 's'} named a code that is not in the file's codebook and ${unknownCodes === 1 ? 'was' : 'were'} left out.`)
  return result
}
