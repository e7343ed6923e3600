import { useEffect } from 'react'
import { paragraphsOf, rangesFor } from './text-ranges.ts'

export interface LayerMark {
  /** The analyst's place in the team's palette (analyst-colours.ts). */
  slot: number
  start: number
  end: number
}

/** The highlight names this layer registers: one per palette slot, styled in team-layer.css. */
export const highlightName = (slot: number): string => `team-analyst-${slot}`

/**
 * Draws others' claims over the reader's text with the CSS Custom Highlight API:
 * the reader's DOM is left as it is (its own marks stay the only clickable ones),
 * and the drawing is redone whenever the reader re-renders or mounts paragraphs.
 * Where the API is missing (not in Chromium), nothing is drawn; the list of
 * others' claims still shows them.
 */
export function useLayerHighlights(root: HTMLElement | null, marks: readonly LayerMark[]): void {
  useEffect(() => {
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return
    const slots = [...new Set(marks.map((m) => m.slot))]
    let frame = 0
    const paint = (): void => {
      frame = 0
      const paras = paragraphsOf(root)
      for (const slot of slots) {
        const ranges = marks.filter((m) => m.slot === slot).flatMap((m) => rangesFor(paras, m.start, m.end))
        CSS.highlights.set(highlightName(slot), new Highlight(...ranges))
      }
    }
    paint()
    const observer = new MutationObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(paint)
    })
    observer.observe(root, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
      for (const slot of slots) CSS.highlights.delete(highlightName(slot))
    }
  }, [root, marks])
}
