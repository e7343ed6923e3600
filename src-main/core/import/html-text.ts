/**
 * Plain text from a (sanitized) DOM: each block (paragraph, heading, list item,
 * table row…) becomes one line; inline whitespace collapses as a browser shows
 * it; <pre> keeps its lines; table cells are separated by a tab.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL'
])
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'TITLE'
])
const CELLS = new Set(['TD', 'TH'])

// HTML collapses ASCII whitespace only; a no-break space stays.
const ASCII_SPACE = /[ \t\n\r\f]+/g

const TEXT_NODE = 3
const ELEMENT_NODE = 1

export function htmlToText(root: Node): string {
  const lines: string[] = []
  let line = ''
  let preformatted = false

  const flush = (): void => {
    const t = preformatted ? line.replace(/[ \t]+$/, '') : line.replace(/^[ \t]+|[ \t]+$/g, '')
    if (t.trim()) lines.push(t)
    line = ''
  }

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? ''
      preformatted = pre
      if (pre) {
        const parts = text.split(/\r\n?|\n/)
        parts.forEach((part, i) => {
          if (i > 0) flush()
          line += part
        })
      } else {
        const collapsed = text.replace(ASCII_SPACE, ' ')
        line += line.endsWith(' ') || line === '' ? collapsed.replace(/^ /, '') : collapsed
      }
      return
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 11 /* fragment */ && node.nodeType !== 9 /* document */) return
    const tag = (node as Element).tagName?.toUpperCase() ?? ''
    if (SKIP.has(tag) || (node as Element).hasAttribute?.('hidden')) return
    if (tag === 'BR') return flush()
    const block = BLOCKS.has(tag)
    if (block) flush()
    if (CELLS.has(tag) && line.trim()) line = line.replace(/ $/, '') + '\t'
    for (const child of node.childNodes) walk(child, pre || tag === 'PRE')
    if (block) flush()
  }

  walk(root, false)
  flush()
  return lines.join('\n')
}
