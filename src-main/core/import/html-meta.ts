import { publishedDate } from './published-date.ts'

export interface PageMeta {
  title: string | null
  source: string | null
  byline: string | null
  published: string | null
  url: string | null
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

/** Only web addresses: anything else (javascript:, data:, file:) is dropped. */
export function webUrl(raw: string | null | undefined): string | null {
  const s = clean(raw)
  if (!s) return null
  try {
    const u = new URL(s)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    for (const el of doc.querySelectorAll('meta')) {
      const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase()
      if (key === name) {
        const v = clean(el.getAttribute('content'))
        if (v) return v
      }
    }
  }
  return null
}

/**
 * The page's headline: an <h1> whose text the <title> contains (so "Headline |
 * Site" gives "Headline"), else the <title>, else the first <h1>.
 */
function headline(doc: Document): string | null {
  const title = clean(doc.querySelector('title')?.textContent)
  const h1s = [...doc.querySelectorAll('h1')].map((h) => clean(h.textContent)).filter((t): t is string => !!t)
  if (title) return h1s.find((h) => title.includes(h) && h.length >= 8) ?? title
  return h1s[0] ?? null
}

/** Title, outlet, byline, date and address from the tags news sites and journals use (Open Graph, article:*, citation_*, Dublin Core). */
export function pageMeta(doc: Document): PageMeta {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  return {
    title: headline(doc) ?? metaContent(doc, ['og:title', 'citation_title', 'dc.title']),
    source: metaContent(doc, ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'publisher']),
    byline: metaContent(doc, ['author', 'article:author', 'citation_author', 'dc.creator', 'byl']),
    published: publishedDate(
      metaContent(doc, ['article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'date', 'datepublished', 'pubdate'])
    ),
    url: webUrl(metaContent(doc, ['og:url', 'citation_public_url', 'citation_abstract_html_url']) ?? canonical)
  }
}
