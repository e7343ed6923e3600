/**
 * Cohen's kappa for two coders who each gave one nominal value to the same units:
 * (observed agreement − chance agreement) / (1 − chance agreement), chance from
 * each coder's own distribution of values (Cohen 1960). Null when undefined: no
 * pairs, or both coders used one and the same value throughout (chance = 1).
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length
  if (n === 0) return null
  const first = new Map<string, number>()
  const second = new Map<string, number>()
  let agree = 0
  for (const [a, b] of pairs) {
    if (a === b) agree++
    first.set(a, (first.get(a) ?? 0) + 1)
    second.set(b, (second.get(b) ?? 0) + 1)
  }
  const observed = agree / n
  let chance = 0
  for (const [value, count] of first) chance += (count / n) * ((second.get(value) ?? 0) / n)
  if (chance === 1) return null
  return (observed - chance) / (1 - chance)
}
