import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react'

type Move = [direction: 'forward' | 'backward', granularity: 'character' | 'word' | 'sentence' | 'line' | 'lineboundary']

/** Arrows move the caret; Home/End to the line's ends. */
const MOVES: Record<string, Move> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary']
}
/** Shift+Left/Right extend the selection by a word, Shift+Up/Down by a sentence. */
const EXTENDS: Record<string, Move> = {
  ArrowLeft: ['backward', 'word'],
  ArrowRight: ['forward', 'word'],
  ArrowUp: ['backward', 'sentence'],
  ArrowDown: ['forward', 'sentence']
}

export interface Caret {
  top: number
  left: number
  height: number
}

/** The first paragraph of the text that is in view (where a caret starts). */
function firstInView(root: HTMLElement, scroller: HTMLElement): HTMLElement | null {
  const top = scroller.getBoundingClientRect().top
  for (const p of root.querySelectorAll<HTMLElement>('[data-start]')) if (p.getBoundingClientRect().bottom > top) return p
  return null
}

/**
 * Caret browsing in text the reader cannot edit: with the text focused, the arrow keys move a caret (drawn by
 * the reader, as the browser draws none outside editable text) and Shift+arrows select from it by words and
 * sentences, so a claim can be marked without a mouse (then 1/2/3 as for a mouse selection).
 */
export function useCaret(body: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>) {
  const [caret, setCaret] = useState<Caret | null>(null)

  const place = useCallback(() => {
    const root = body.current
    const pane = scroller.current
    const sel = window.getSelection()
    if (!root || !pane || !sel || sel.rangeCount === 0 || document.activeElement !== root || !root.contains(sel.focusNode))
      return setCaret(null)
    if (!sel.isCollapsed) return setCaret(null) // the selection itself shows
    const range = sel.getRangeAt(0)
    const rect =
      range.getClientRects()[0] ??
      (sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode?.parentElement)?.getBoundingClientRect()
    if (!rect) return setCaret(null)
    const box = pane.getBoundingClientRect()
    const line = parseFloat(getComputedStyle(root).lineHeight) || 28
    setCaret({
      top: rect.top - box.top + pane.scrollTop,
      left: rect.left - box.left + pane.scrollLeft,
      height: Math.min(rect.height || line, line)
    })
  }, [body, scroller])

  useEffect(() => {
    document.addEventListener('selectionchange', place)
    return () => document.removeEventListener('selectionchange', place)
  }, [place])

  const onFocus = useCallback(() => {
    const root = body.current
    const sel = window.getSelection()
    if (!root || !scroller.current || !sel) return
    if (sel.rangeCount > 0 && root.contains(sel.anchorNode)) return place()
    const p = firstInView(root, scroller.current)
    const first = p && document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()
    if (first) sel.collapse(first, 0) // in a text node: a collapsed range there has a box to draw the caret at
    place()
  }, [body, scroller, place])

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const move = e.shiftKey ? EXTENDS[e.key] : MOVES[e.key]
      const sel = window.getSelection()
      if (!move || !sel || !body.current) return
      if (sel.rangeCount === 0 || !body.current.contains(sel.focusNode)) onFocus()
      if (e.shiftKey) sel.modify('extend', ...move)
      else {
        if (sel.isCollapsed) sel.modify('move', ...move)
        else if (move[0] === 'forward') sel.collapseToEnd()
        else sel.collapseToStart()
      }
      e.preventDefault()
      const at = sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode?.parentElement
      at?.scrollIntoView({ block: 'nearest' })
      place()
    },
    [body, onFocus, place]
  )

  return { caret, onKeyDown, onFocus, onBlur: () => setCaret(null) }
}
