import { decodeText, looksBinary } from './decode-text.ts'
import type { ArticleFormat } from './format.ts'
import { declaredCharset } from './html-charset.ts'
import { htmlTools } from './html-parser.ts'
import { pageMeta } from './html-meta.ts'
import { htmlToText } from './html-text.ts'
import { publishedDate } from './published-date.ts'
import { reject } from './rejection.ts'

/** Page chrome, removed before Readability looks for the article (on a short page it may keep the whole body). */
const CHROME = [
  'nav',
  'aside',
  'footer',
  'form',
  'dialog',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]'
].join(', ')

/** Removes the page's chrome; a <header> goes only outside the article (inside one it holds the headline and byline). */
function dropChrome(doc: Document): void {
  doc.querySelectorAll(CHROME).forEach((el) => el.remove())
  doc.querySelectorAll('header').forEach((el) => {
    if (!el.closest('article, main, [role="main"]')) el.remove()
  })
}

/** Elements whose content is never article text (DOMPurify drops them with their content). */
const FORBID_TAGS = [
  'style',
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'audio',
  'video',
  'img',
  'picture',
  'source',
  'link',
  'meta',
  'base'
]

/**
 * A saved web page. The HTML is parsed by jsdom with scripts off and no resource
 * loader (see html-parser.ts), so nothing on the page runs and nothing is
 * fetched: no images, frames, fonts or style sheets. Readability picks the
 * article out of the page chrome, DOMPurify sanitizes it, and only its text is
 * kept (links, `javascript:` URLs and attributes are gone with the markup).
 */
export const htmlFormat: ArticleFormat = {
  kind: 'article',
  format: 'html',
  async parse(bytes, name) {
    const { text: html, warnings } = decodeText(bytes, declaredCharset(bytes))
    if (looksBinary(html)) throw reject(name, 'looks like a binary file, not a web page (it contains NUL or control bytes).')
    const [{ parse, purify }, { Readability }] = await Promise.all([htmlTools(), import('@mozilla/readability')])
    const doc = parse(html)
    const meta = pageMeta(doc)
    const firstTime = doc.querySelector('time[datetime]')?.getAttribute('datetime')
    dropChrome(doc)
    // Readability changes doc and hands back its article element (no HTML string to parse again)
    const article = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse()
    let content = article?.content
    if (!content?.textContent?.trim()) {
      const whole = parse(html) // the rare page where Readability finds nothing: its body without the chrome
      dropChrome(whole)
      content = whole.body ?? whole.documentElement
    }
    purify.sanitize(content, { IN_PLACE: true, FORBID_TAGS, FORBID_ATTR: ['style'] })
    const title = meta.title ?? (article?.title?.trim() || null)
    let text = htmlToText(content)
    if (title && text.startsWith(title + '\n')) text = text.slice(title.length + 1) // the headline is the title, not the body
    return {
      title,
      text,
      source: meta.source ?? (article?.siteName?.trim() || null) ?? meta.byline ?? (article?.byline?.trim() || null),
      url: meta.url,
      published: meta.published ?? publishedDate(article?.publishedTime) ?? publishedDate(firstTime),
      warnings
    }
  }
}
