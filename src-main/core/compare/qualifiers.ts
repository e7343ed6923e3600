/**
 * What a qualifier before a figure does to the range of values it allows.
 *
 * News figures are estimates, so two reports agree on a figure when the ranges
 * their wording allows overlap, and conflict when they do not:
 *  - no qualifier: the figure itself ("10,000" vs "11,000" conflict);
 *  - "about", "roughly", "some", "an estimated": within 5% either way
 *    ("about 10,000" agrees with "roughly 10,000", not with "about 11,000"), and within 15% for a figure
 *    rounded to its scale word, one digit before "million", "billion", "thousand" ("roughly $1 billion"
 *    agrees with "$1.14 billion": said that roughly, 1.14 is 1);
 *  - "nearly", "almost", "just under": up to 10% below;
 *  - "at least", "more than", "over": from the figure to half as much again, and
 *    "up to", "as many as", "fewer than": from two thirds of it to the figure.
 *    Read literally these are open-ended, but a report giving a floor means a
 *    figure near it: "at least 3,000" and "about 11,000" are different estimates
 *    an analyst must see side by side, and that is what a conflict flags;
 *  - "between A and B", "A-B": the range itself.
 */
type Widen = (low: number, high: number, rounded: boolean) => [number, number]
const PHRASES: Record<string, Widen> = {}
const add = (words: string, f: Widen): void => {
  for (const w of words.split(',')) PHRASES[w.trim()] = f
}
add('about, around, roughly, approximately, approx., some, an estimated, estimated, circa, an approximate', (lo, hi, rounded) =>
  rounded ? [lo * 0.85, hi * 1.15] : [lo * 0.95, hi * 1.05]
)
add('nearly, almost, just under, close to, not quite', (lo, hi) => [lo * 0.9, hi])
add(
  'at least, more than, over, upwards of, in excess of, no fewer than, no less than, well over, just over, a minimum of, at a minimum, above, exceeding',
  (lo, hi) => [lo, hi * 1.5]
)
add('up to, as many as, fewer than, less than, under, at most, no more than, a maximum of, below, not more than', (lo, hi) => [
  lo / 1.5,
  hi
])
add('between, from', (lo, hi) => [lo, hi])

const LONGEST = Math.max(...Object.keys(PHRASES).map((p) => p.split(' ').length))

/** The qualifier ending right before a figure (given the lower-case words before it), or null. */
export function qualifierBefore(before: string[]): string | null {
  for (let n = Math.min(LONGEST, before.length); n >= 1; n--) {
    const phrase = before.slice(before.length - n).join(' ')
    if (PHRASES[phrase]) return phrase
  }
  return null
}

/** The range a qualified figure allows (`rounded`: one digit before a scale word, see above). */
export function qualified(qualifier: string | null, low: number, high: number, rounded = false): [number, number] {
  const f = qualifier ? PHRASES[qualifier] : undefined
  return f ? f(low, high, rounded) : [low, high]
}

/** True when two ranges share a value (with 1% slack for rounding). */
export const overlaps = (a: { low: number; high: number }, b: { low: number; high: number }): boolean =>
  a.low <= b.high * 1.01 && b.low <= a.high * 1.01
