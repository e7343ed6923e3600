/**
 * How many cases a fuzz test tries: `runs` in the regular suite, times
 * $WORKBENCH_FUZZ_SCALE for a long run (`npm run soak -- fuzz --scale 20`).
 */
export function fuzzRuns(runs: number): number {
  const scale = Number(process.env.WORKBENCH_FUZZ_SCALE ?? 1)
  return Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)))
}
