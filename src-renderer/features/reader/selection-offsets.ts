import { snapToWords } from './word-snap.ts'

/** The paragraph element holding a DOM node, and that paragraph's offset in the body. */
function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  let el: Node | null = node
  while (el && el !== root) {
    if (el instanceof HTMLElement && el.dataset.start !== undefined) return el
    el = el.parentNode
  }
  return null
}

/** Offset in the body of a (node, offset) point inside the reader, counting only the text itself. */
function bodyOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const para = paragraphOf(node, root)
  if (!para) return null
  let count = Number(para.dataset.start)
  if (node.nodeType !== Node.TEXT_NODE) {
    // the point is between child nodes: count the text of the children before it
    const range = document.createRange()
    range.selectNodeContents(para)
    range.setEnd(node, offset)
    return count + range.toString().length
  }
  const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT)
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return count + offset
    count += t.textContent?.length ?? 0
  }
  return null
}

/**
 * The current text selection as body offsets, widened to whole words; null when
 * nothing (or nothing inside the reader's text) is selected.
 */
export function selectedSpan(root: HTMLElement | null, body: string): { start: number; end: number } | null {
  const sel = window.getSelection()
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  const start = bodyOffset(root, range.startContainer, range.startOffset) ?? firstOffset(root, range, 'start')
  const end = bodyOffset(root, range.endContainer, range.endOffset) ?? firstOffset(root, range, 'end')
  if (start === null || end === null) return null
  return snapToWords(body, start, end)
}

/** When a selection edge falls outside any paragraph (e.g. dragged past the text), use the nearest paragraph edge inside it. */
function firstOffset(root: HTMLElement, range: Range, edge: 'start' | 'end'): number | null {
  const paras = [...root.querySelectorAll<HTMLElement>('[data-start]')].filter((p) => range.intersectsNode(p))
  const p = edge === 'start' ? paras[0] : paras.at(-1)
  if (!p) return null
  return edge === 'start' ? Number(p.dataset.start) : Number(p.dataset.start) + (p.textContent?.length ?? 0)
}
