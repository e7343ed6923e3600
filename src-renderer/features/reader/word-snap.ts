const WORD = /[\p{L}\p{N}\p{M}'’_-]/u

/**
 * Widens a selection to whole words: a selection that starts or ends inside a
 * word takes in the rest of that word. Whitespace at either end is dropped.
 */
export function snapToWords(body: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(body.length, Math.max(start, end))
  while (s < e && /\s/.test(body[s]!)) s++
  while (e > s && /\s/.test(body[e - 1]!)) e--
  if (s >= e) return null
  while (s > 0 && WORD.test(body[s - 1]!) && WORD.test(body[s]!)) s--
  while (e < body.length && WORD.test(body[e]!) && WORD.test(body[e - 1]!)) e++
  return { start: s, end: e }
}
