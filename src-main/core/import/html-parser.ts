import type createDOMPurify from 'dompurify'

type Purifier = ReturnType<typeof createDOMPurify>

export interface HtmlTools {
  /** A document of its own for each page, never attached to a browsing context. */
  parse(html: string): Document
  /** DOMPurify bound to the same (script-less, loader-less) jsdom window. */
  purify: Purifier
}

/**
 * Pages read with one window before it is replaced: jsdom's selector engine adds
 * a listener to the window for every document and never removes it, so a window
 * used for thousands of pages slows down quadratically.
 */
const PAGES_PER_WINDOW = 50

let current: { tools: HtmlTools; close: () => void; pages: number } | undefined
let libraries: Promise<[typeof import('jsdom'), typeof import('dompurify')]> | undefined

/**
 * A jsdom window created without `runScripts` and without `resources`: jsdom then
 * runs no script and fetches nothing (no images, frames, fonts, style sheets).
 * Pages are parsed by its DOMParser, whose documents have scripting disabled by
 * the HTML standard. Sharing a window between pages makes a page about five times
 * faster to read (setting a window up is most of jsdom's cost). Use the tools at
 * once, without awaiting in between: the window may be replaced on a later call.
 */
export async function htmlTools(): Promise<HtmlTools> {
  libraries ??= Promise.all([import('jsdom'), import('dompurify')])
  const [{ JSDOM, VirtualConsole }, { default: createPurify }] = await libraries
  if (!current || current.pages >= PAGES_PER_WINDOW) {
    current?.close()
    // A silent console: a page's CSS or markup errors are not ours to print.
    const { window } = new JSDOM('<!doctype html><title>importer</title>', { virtualConsole: new VirtualConsole() })
    const parser = new window.DOMParser()
    current = {
      tools: {
        parse: (html) => parser.parseFromString(html, 'text/html') as unknown as Document,
        purify: createPurify(window as unknown as Parameters<typeof createPurify>[0])
      },
      close: () => window.close(),
      pages: 0
    }
  }
  current.pages++
  return current.tools
}
