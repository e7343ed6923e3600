import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Download } from '../core/export/export-jobs.ts'

/** Looks up a prepared export by id (the core's ExportJobs.download, or its thread's); undefined when there is none ready. */
export type DownloadSource = (exportId: string) => Download | undefined | Promise<Download | undefined>

/**
 * `attachment` with a file name every browser accepts: an ASCII fallback with
 * anything but letters, digits, dot, dash and underscore replaced, plus the exact
 * name in RFC 8187 form (filename*). No quote, CR or LF can reach the header.
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, 150) || 'export'
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/**
 * Streams one prepared export as the HTTP response, then ends it. If the export
 * fails or is cancelled midway, or the browser goes away, the connection is cut
 * (never ended cleanly), so the browser marks the download failed rather than
 * keeping a truncated file that looks complete.
 */
export async function sendDownload(res: ServerResponse, download: Download, headers: Record<string, string>): Promise<void> {
  const controller = new AbortController()
  res.once('close', () => {
    if (!res.writableFinished) controller.abort() // the browser cancelled or went away
  })
  res.writeHead(200, {
    ...headers,
    'Content-Type': download.contentType,
    'Content-Disposition': contentDisposition(download.fileName),
    'Cache-Control': 'no-store'
  })
  try {
    await download.write(res, controller.signal)
    res.end()
  } catch {
    res.destroy()
  }
}

/** The token of a download link: `?token=` (a link cannot send headers) or the usual header. */
export function downloadToken(req: IncomingMessage, header: string): string | undefined {
  const fromQuery = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token')
  const fromHeader = req.headers[header]
  return fromQuery ?? (Array.isArray(fromHeader) ? fromHeader[0] : fromHeader)
}
