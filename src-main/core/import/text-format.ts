import { parseTextReport } from '../services/text-report.ts'
import { decodeText, looksBinary } from './decode-text.ts'
import type { ArticleFormat } from './format.ts'
import { reject } from './rejection.ts'

/** Plain text and Markdown: the first line is the title when a blank line follows it (as in the sample corpus), else the file name. */
export function textFormat(format: 'txt' | 'md'): ArticleFormat {
  return {
    kind: 'article',
    format,
    async parse(bytes, name) {
      const { text, warnings } = decodeText(bytes)
      if (looksBinary(text)) throw reject(name, 'looks like a binary file, not text (it contains NUL or control bytes).')
      const report = parseTextReport(text, name)
      return { title: report.title, text: report.body, warnings }
    }
  }
}
