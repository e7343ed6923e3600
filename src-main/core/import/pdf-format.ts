import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { ArticleFormat } from './format.ts'
import { pdfLines, pdfParagraphs, type PdfParagraph, type PdfTextItem } from './pdf-lines.ts'
import { reject } from './rejection.ts'

/**
 * Page breaks are kept as a line holding only a form feed (U+000C) between the
 * pages' paragraphs: "…end of page one\n\f\nStart of page two…". The reader skips
 * such a line (it has no visible text) and offsets stay plain string offsets.
 */
export const PAGE_BREAK = '\n\f\n'

const pdfjsDir = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | undefined

/**
 * pdf.js (legacy build, for Node), its minified files: loaded through tsx (the
 * CLI, browser mode) they take a third of the time of the readable ones. Its
 * "worker" runs in this thread: handing pdf.js the worker's message handler
 * (globalThis.pdfjsWorker, pdf.js's own hook for this) spares it a second load.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const [api, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.min.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')
    ])
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler }
    return api
  })()
  return pdfjs
}

const isPdf = (bytes: Uint8Array): boolean => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')

/** A title from the document info, unless it is a placeholder a program wrote ("Untitled", "Microsoft Word - x.docx"). */
function infoTitle(info: unknown): string | null {
  const t = typeof (info as { Title?: unknown })?.Title === 'string' ? (info as { Title: string }).Title.trim() : ''
  if (!t || /^(untitled|microsoft word - )/i.test(t) || /\.(docx?|pdf|odt|rtf|txt)$/i.test(t)) return null
  return t
}

/** The first paragraph is the headline when it is short and set clearly larger than the body text. */
function headline(pages: PdfParagraph[][]): string | null {
  const all = pages.flat()
  const first = all[0]
  if (!first || all.length < 2 || first.text.length > 200) return null
  const sizes = all
    .slice(1)
    .map((p) => p.fontSize)
    .sort((a, b) => a - b)
  return first.fontSize >= 1.25 * sizes[Math.floor(sizes.length / 2)]! ? first.text : null
}

/** A PDF's text layer, read with pdf.js (legacy build, for Node), with eval and font loading off. */
export const pdfFormat: ArticleFormat = {
  kind: 'article',
  format: 'pdf',
  async parse(bytes, name) {
    if (!isPdf(bytes)) throw reject(name, 'is not a PDF (no %PDF header).')
    const { getDocument } = await loadPdfJs()
    const base = pdfjsDir()
    const task = getDocument({
      data: new Uint8Array(bytes), // pdf.js may detach the buffer it gets
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      cMapUrl: join(base, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(base, 'standard_fonts') + '/',
      verbosity: 0
    })
    try {
      let doc
      try {
        doc = await task.promise
      } catch (err) {
        const kind = (err as { name?: string }).name
        if (kind === 'PasswordException') throw reject(name, 'is password-protected; remove the password and import it again.')
        throw reject(name, `is not a readable PDF (${(err as Error).message}).`)
      }
      const warnings: string[] = []
      const pages: PdfParagraph[][] = []
      const empty: number[] = []
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n)
        const content = await page.getTextContent()
        const items: PdfTextItem[] = []
        for (const it of content.items) {
          if (!('str' in it)) continue
          const [a, b, , , x, y] = it.transform as number[]
          items.push({ str: it.str, x: x!, y: y!, width: it.width, fontSize: Math.hypot(a!, b!) || it.height })
        }
        const paras = pdfParagraphs(pdfLines(items))
        if (!paras.length) empty.push(n)
        pages.push(paras)
        page.cleanup()
      }
      if (empty.length === doc.numPages) throw reject(name, 'has no text layer (a scanned image?); run it through OCR first.')
      if (empty.length)
        warnings.push(
          `Page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} had no text (scanned images?) and ${empty.length === 1 ? 'is' : 'are'} missing.`
        )
      const meta = await doc.getMetadata().catch(() => null)
      const visible = headline(pages)
      if (visible) pages.find((p) => p.length)!.shift()
      const text = pages.map((p) => p.map((para) => para.text).join('\n')).join(PAGE_BREAK)
      return { title: visible ?? infoTitle(meta?.info), text, warnings }
    } finally {
      await task.destroy()
    }
  }
}
