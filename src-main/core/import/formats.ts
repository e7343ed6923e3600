import { docxFormat } from './docx-format.ts'
import type { FormatTable } from './format.ts'
import { htmlFormat } from './html-format.ts'
import { jsonldFormat } from './jsonld-format.ts'
import { pdfFormat } from './pdf-format.ts'
import { qdpxFormat } from './qdpx-format.ts'
import { textFormat } from './text-format.ts'

/**
 * Every format the importer reads, by lower-case extension. A file whose
 * extension is not here is rejected as "unsupported format".
 *
 * `.jsonld` (W3C Web Annotation, the app's own export) stores an article together
 * with its claims, so it is a *storing* format (StoringFormat in format.ts); so is `.qdpx` (a REFI-QDA
 * project: articles, claims and the codebook).
 */
export const FORMATS: FormatTable = {
  '.txt': textFormat('txt'),
  '.md': textFormat('md'),
  '.markdown': textFormat('md'),
  '.html': htmlFormat,
  '.htm': htmlFormat,
  '.pdf': pdfFormat,
  '.docx': docxFormat,
  '.jsonld': jsonldFormat,
  '.qdpx': qdpxFormat
}
