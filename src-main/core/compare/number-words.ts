/**
 * Numbers written in words: "eight", "twelve", "twenty-five", "three thousand",
 * "eleven thousand five hundred", "a dozen", "two dozen", and the vague plurals
 * "dozens", "hundreds", "thousands", "tens of thousands" as ranges.
 *
 * compromise reads most of these too, but not "a dozen", "dozens", "thousands" or
 * ranges, and it also counts ordinals and the "one" of "one official"; a reader of
 * its own keeps what counts as a quantity explicit and testable.
 */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
}
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
export const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000
}
/** Vague plurals: the range a reader takes them to mean. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9]
}

export const isNumberWord = (w: string): boolean =>
  w in UNITS ||
  w in TENS ||
  w in SCALES ||
  w in VAGUE ||
  w === 'dozen' ||
  (/^[a-z]+-[a-z]+$/.test(w) && w.split('-').every((p) => p in TENS || p in UNITS))

export interface WordNumber {
  low: number
  high: number
  /** how many words it took */
  words: number
}

/**
 * Reads a number from the words starting at words[0] (lower case), or null.
 * "a" counts only before "dozen", "hundred", "thousand", "million".
 */
export function readNumberWords(words: string[]): WordNumber | null {
  let i = 0
  let total = 0
  let current = 0
  let seen = false
  if (words[0] === 'a' || words[0] === 'an') {
    if (!['dozen', 'hundred', 'thousand', 'million', 'billion'].includes(words[1] ?? '')) return null
    current = 1
    i = 1
    seen = true
  }
  // "tens of thousands", "hundreds of thousands", "several hundred"
  const vagueOf =
    /^(tens|hundreds|dozens)$/.test(words[i] ?? '') && words[i + 1] === 'of' && /^(thousands|millions|billions)$/.test(words[i + 2] ?? '')
  if (vagueOf) {
    const base = VAGUE[words[i + 2]!]![0] / 2
    const [lo, hi] = words[i] === 'tens' ? [10, 99] : words[i] === 'dozens' ? [24, 99] : [100, 999]
    return { low: lo * base, high: hi * base, words: i + 3 }
  }
  if (words[i] === 'several' || words[i] === 'few') {
    const scale = SCALES[words[i + 1] ?? '']
    if (!scale) return null
    return words[i] === 'several' ? { low: 3 * scale, high: 9 * scale, words: i + 2 } : { low: 2 * scale, high: 5 * scale, words: i + 2 }
  }
  if (!seen && VAGUE[words[i] ?? '']) {
    const [low, high] = VAGUE[words[i]!]!
    return { low, high, words: i + 1 }
  }
  for (; i < words.length; i++) {
    const w = words[i]!
    if (w in UNITS) current += UNITS[w]!
    else if (w in TENS) current += TENS[w]!
    else if (/^[a-z]+-[a-z]+$/.test(w) && w.split('-').every((p) => p in TENS || p in UNITS))
      current += w.split('-').reduce((s, p) => s + (TENS[p] ?? UNITS[p] ?? 0), 0)
    else if (w === 'dozen') current = (current || 1) * 12
    else if (w === 'hundred') current = (current || 1) * 100
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!
      current = 0
    } else if (w === 'and' && /^(hundred|thousand|million|billion)$/.test(words[i - 1] ?? '') && isNumberWord(words[i + 1] ?? '')) continue
    else break
    seen = true
  }
  if (!seen) return null
  const value = total + current
  return { low: value, high: value, words: i }
}
