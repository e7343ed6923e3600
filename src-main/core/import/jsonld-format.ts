import { importWebAnnotation } from '../web-annotation/import.ts'
import { decodeText } from './decode-text.ts'
import type { StoringFormat } from './format.ts'
import { reject } from './rejection.ts'

/**
 * A W3C Web Annotation file written by the app's export: its articles and their
 * claims go in together (all or nothing, inside the batch's savepoint). A file
 * that adds nothing new is reported as a duplicate.
 */
export const jsonldFormat: StoringFormat<unknown> = {
  kind: 'store',
  format: 'jsonld',
  prepare: async (bytes, name) => {
    const { text } = decodeText(bytes)
    try {
      return JSON.parse(text)
    } catch (err) {
      throw reject(name, `not valid JSON (${(err as Error).message})`)
    }
  },
  store: async (tx, json, name) => {
    const r = await importWebAnnotation(tx, json, name)
    const first = r.stored[0]
    if (!first) throw reject(name, 'the file holds no articles')
    const claims = `${r.claims.created} claim${r.claims.created === 1 ? '' : 's'}`
    return {
      status: r.articles.created + r.claims.created > 0 ? 'imported' : 'duplicate',
      id: first.id,
      title: r.stored.length > 1 ? `${first.title} (+${r.stored.length - 1} more articles, ${claims})` : `${first.title} (${claims})`,
      warnings: r.warnings.length ? r.warnings : undefined
    }
  }
}
