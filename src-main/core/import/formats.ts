import { docxFormat } from './docx-format.ts'
import type { FormatTable } from './format.ts'
import { htmlFormat } from './html-format.ts'
import { pdfFormat } from './pdf-format.ts'
import { textFormat } from './text-format.ts'

/**
 * Every format the importer reads, by lower-case extension. A file whose
 * extension is not here is rejected as "unsupported format".
 *
 * EXTENSION POINT — `.jsonld` (W3C Web Annotation), written separately as
 * `importWebAnnotation(database, json, fileName)`. It stores an article together
 * with its claims, so it plugs in as a *storing* format (see StoringFormat in
 * format.ts): `prepare` runs outside the transaction, `store` inside the batch
 * transaction in its own savepoint (a throw undoes that file only). Add:
 *
 *   '.jsonld': {
 *     kind: 'store',
 *     format: 'jsonld',
 *     prepare: async (bytes, name) => parseJsonFile(bytes, name), // decode (decodeText) + JSON.parse, throw reject(name, …) on bad JSON
 *     store: (database, json, name) => importWebAnnotation(database, json, name) // must return StoredOutcome: { status, id, title?, warnings? }
 *   },
 *
 * and '.jsonld' to importExtensions in contract/import.ts (the file chooser's accept list).
 */
export const FORMATS: FormatTable = {
  '.txt': textFormat('txt'),
  '.md': textFormat('md'),
  '.markdown': textFormat('md'),
  '.html': htmlFormat,
  '.htm': htmlFormat,
  '.pdf': pdfFormat,
  '.docx': docxFormat
}
