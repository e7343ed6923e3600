/**
 * Turns what a person types into a safe FTS5 query. Every word becomes a quoted
 * string (FTS5's own syntax — AND, OR, NOT, NEAR, column:, ^, *, parentheses —
 * is never interpreted), "double-quoted text" becomes a phrase, and the last
 * word, when the typing has not moved past it, matches as a prefix (search as you
 * type), unless it is a single character: that would read every word of the index
 * that begins with it (over a second at 100k reports), so it matches as a word.
 * Words the index could not match (bare punctuation) are dropped; returns null when
 * nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const text = input.normalize('NFC')
  const searchable = (s: string): boolean => /[\p{L}\p{N}]/u.test(s)
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`
  const parts: string[] = []
  let prefixLast = false
  for (const m of text.matchAll(/"([^"]*)"?|([^\s"]+)/gu)) {
    const bare = m[2]
    const words = bare ?? m[1] ?? ''
    if (!searchable(words)) continue
    parts.push(quote(words))
    prefixLast = bare !== undefined && m.index + m[0].length === text.length && [...bare].length > 1
  }
  if (!parts.length) return null
  if (prefixLast) parts[parts.length - 1] += '*'
  return parts.join(' ')
}
