import { basename, extname } from 'node:path'
import { canonicalText } from './canonical-text.ts'

export interface ParsedReport {
  title: string
  body: string
}

/**
 * A plain-text or Markdown report: the first line is the title when a blank line
 * follows it (as in the sample corpus); otherwise the title is the file name.
 */
export function parseTextReport(raw: string, fileName: string): ParsedReport {
  const text = canonicalText(raw)
  const m = /^([^\n]+)\n\n([\s\S]+)$/.exec(text)
  if (m) {
    const title = m[1]!.replace(/^#+\s*/, '').trim()
    return { title, body: m[2]!.trim() }
  }
  return { title: basename(fileName, extname(fileName)), body: text }
}
