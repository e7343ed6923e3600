/** Middle value (the lower middle for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no values')
  return [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
}

/** The q-quantile by the nearest-rank method (q = 0.95: the value 95% of the samples are at or below). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new Error('quantile of no values')
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** Milliseconds since `t0` (from `now()`). */
export const now = (): number => performance.now()
export const since = (t0: number): number => performance.now() - t0
