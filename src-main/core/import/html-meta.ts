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

/** The page's meta tags by lower-case name (property, name or itemprop); the first non-empty one of a name wins. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>()
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const value = clean(el.getAttribute('content'))
    if (key && value && !tags.has(key)) tags.set(key, value)
  }
  return tags
}

const first = (tags: Map<string, string>, names: string[]): string | null => {
  for (const name of names) if (tags.has(name)) return tags.get(name)!
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
  const tags = metaTags(doc)
  return {
    title: headline(doc) ?? first(tags, ['og:title', 'citation_title', 'dc.title']),
    source: first(tags, ['og:site_name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'publisher']),
    byline: first(tags, ['author', 'article:author', 'citation_author', 'dc.creator', 'byl']),
    published: publishedDate(
      first(tags, [
        'article:published_time',
        'citation_publication_date',
        'citation_date',
        'citation_online_date',
        'dc.date',
        'date',
        'datepublished',
        'pubdate'
      ])
    ),
    url: webUrl(first(tags, ['og:url', 'citation_public_url', 'citation_abstract_html_url']) ?? canonical)
  }
}
