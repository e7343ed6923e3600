/**
 * Body offsets → DOM ranges inside the reader's text, for drawing a layer over it
 * without touching its DOM. Paragraphs carry their body offset in `data-start`
 * (features/reader); only text nodes count, so tag letters drawn with CSS do not
 * shift anything. A span over several paragraphs gets one range per paragraph,
 * and only paragraphs on the page are covered (the reader may mount them lazily).
 */

/** The (text node, offset) at body offset `at` inside one paragraph, or null past its end. */
function pointIn(para: HTMLElement, at: number): { node: Text; offset: number } | null {
  let count = Number(para.dataset.start)
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT)
  let last: Text | null = null
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const len = t.data.length
    if (at <= count + len) return { node: t, offset: at - count }
    count += len
    last = t
  }
  return last ? { node: last, offset: last.data.length } : null
}

export function rangesFor(root: HTMLElement, start: number, end: number): Range[] {
  const out: Range[] = []
  for (const para of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const from = Number(para.dataset.start)
    const to = from + (para.textContent?.length ?? 0)
    if (end <= from || start >= to) continue
    const a = pointIn(para, Math.max(start, from))
    const b = pointIn(para, Math.min(end, to))
    if (!a || !b) continue
    const range = document.createRange()
    range.setStart(a.node, a.offset)
    range.setEnd(b.node, b.offset)
    out.push(range)
  }
  return out
}
