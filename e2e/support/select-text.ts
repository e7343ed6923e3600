import type { Locator } from '@playwright/test'

/**
 * Selects `text` inside the element as a user dragging the mouse would: a DOM
 * selection from its first character to its last (across highlight marks too).
 */
export async function selectText(container: Locator, text: string): Promise<void> {
  await container.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let all = ''
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text)
      all += n.textContent
    }
    const at = all.indexOf(wanted)
    if (at < 0) throw new Error(`text not found: ${wanted}`)
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0
      for (const n of nodes) {
        const len = n.textContent!.length
        if (offset < seen + len || (isEnd && offset === seen + len)) return [n, offset - seen]
        seen += len
      }
      throw new Error('offset out of range')
    }
    const range = document.createRange()
    range.setStart(...locate(at, false))
    range.setEnd(...locate(at + wanted.length, true))
    const sel = window.getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
  }, text)
}
