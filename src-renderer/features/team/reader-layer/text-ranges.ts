/**
 * Body offsets → DOM ranges inside the reader's text, for drawing a layer over it
 * without touching its DOM. Paragraphs carry their body offset in `data-start`
 * (features/reader); only text nodes count, so tag letters drawn with CSS do not
 * shift anything. A span over several paragraphs gets one range per paragraph,
 * and only paragraphs on the page are covered (the reader may mount them lazily).
 */

interface Para {
  el: HTMLElement
  from: number
  to: number
}

/** The paragraphs on the page, in text order, each with the body offsets it covers. */
export function paragraphsOf(root: HTMLElement): Para[] {
  return [...root.querySelectorAll<HTMLElement>('[data-start]')]
    .map((el) => {
      const from = Number(el.dataset.start)
      return { el, from, to: from + (el.textContent?.length ?? 0) }
    })
    .sort((a, b) => a.from - b.from)
}

/** The (text node, offset) at body offset `at` inside one paragraph (its last text node's end past it). */
function pointIn(para: Para, at: number): { node: Text; offset: number } | null {
  let count = para.from
  const walker = document.createTreeWalker(para.el, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const len = t.data.length
    if (at <= count + len) return { node: t, offset: at - count }
    count += len
    last = t
  }
  return last ? { node: last, offset: last.data.length } : null
}

/** The first paragraph that ends after `at` (binary search: an article may have thousands). */
function firstEndingAfter(paras: readonly Para[], at: number): number {
  let lo = 0
  let hi = paras.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (paras[mid]!.to <= at) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function rangesFor(paras: readonly Para[], start: number, end: number): Range[] {
  const out: Range[] = []
  for (let i = firstEndingAfter(paras, start); i < paras.length && paras[i]!.from < end; i++) {
    const para = paras[i]!
    const a = pointIn(para, Math.max(start, para.from))
    const b = pointIn(para, Math.min(end, para.to))
    if (!a || !b) continue
    const range = document.createRange()
    range.setStart(a.node, a.offset)
    range.setEnd(b.node, b.offset)
    out.push(range)
  }
  return out
}
