import type { ArticleFormat } from './format.ts'
import { reject } from './rejection.ts'

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0] // the old binary .doc format
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b)

/** The document's title: its first paragraph when styled as Title or Heading 1. */
const TITLE_STYLES = ["p[style-name='Title'] => h1:fresh", "p[style-name='Heading 1'] => h1:fresh"]

const decodeEntities = (s: string): string =>
  s.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)

/** A Word document's text, by mammoth (raw text: one line per paragraph). */
export const docxFormat: ArticleFormat = {
  kind: 'article',
  format: 'docx',
  async parse(bytes, name) {
    if (startsWith(bytes, OLE)) throw reject(name, 'is an old Word .doc file, not .docx; save it as .docx and import it again.')
    if (!startsWith(bytes, ZIP)) throw reject(name, 'is not a Word .docx document (not a ZIP package).')
    const { default: mammoth } = await import('mammoth')
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let raw: string
    let html: string
    try {
      raw = (await mammoth.extractRawText({ buffer })).value
      html = (
        await mammoth.convertToHtml(
          { buffer },
          // no linked files are opened and no images decoded: only the text is wanted
          { styleMap: TITLE_STYLES, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
        )
      ).value
    } catch (err) {
      throw reject(name, `is not a readable Word document (${(err as Error).message.split('\n')[0]}).`)
    }
    // mammoth separates paragraphs by a blank line; the canonical body puts one paragraph on each line.
    const paragraphs = raw
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean)
    const h1 = /^<h1>(.*?)<\/h1>/s.exec(html)
    const heading = h1 ? decodeEntities(h1[1]!.replace(/<[^>]+>/g, '')).trim() : ''
    const titled = heading !== '' && paragraphs[0] === heading
    return { title: titled ? heading : null, text: (titled ? paragraphs.slice(1) : paragraphs).join('\n'), warnings: [] }
  }
}
