// The reports the crash test imports: generated from (run, index), so the child
// that imports them and the parent that checks the database agree on every file
// without passing the files around.

const WORDS = [
  'convoy',
  'bridge',
  'ministry',
  'satellite',
  'imagery',
  'shows',
  'troops',
  'harbour',
  'officials',
  'said',
  'analysts',
  'assess',
  'evidence',
  'reservoir',
  'contamination',
  'customs',
  'seized',
  'containers',
  'airbase',
  'runway',
  'jets',
  'arrived',
  'before',
  'dawn',
  'according',
  'to',
  'the',
  'regional',
  'council',
  'we',
  'do',
  'not',
  'yet',
  'know',
  'whether'
]

export type CrashFileKind = 'text' | 'binary' | 'copy'

/** Every 13th file is binary (rejected); some files repeat the one before them (a duplicate). */
export function crashFileKind(i: number): CrashFileKind {
  if (i % 13 === 5) return 'binary'
  if (i % 29 === 7 && crashFileKind(i - 1) === 'text') return 'copy'
  return 'text'
}

export const crashReportName = (run: number, i: number): string => `soak-r${run}/f${i}.txt`
export const crashReportTitle = (run: number, i: number): string => `Soak r${run} f${i}`

export function crashFileIndex(path: string): number {
  const m = /\/f(\d+)\.txt$/.exec(path)
  if (!m) throw new Error(`not a crash-test file name: ${path}`)
  return Number(m[1])
}

/** A small seeded generator (mulberry32): numbers in [0, 1) that depend only on the seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function words(seed: number, count: number): string {
  const next = seededRandom(seed)
  const out: string[] = []
  for (let n = 0; n < count; n++) out.push(WORDS[Math.floor(next() * WORDS.length)]!)
  return out.join(' ')
}

/** The bytes of file i of run `run`: a titled plain-text report, a binary blob, or a copy of file i-1. */
export function crashReportText(run: number, i: number): Uint8Array {
  const kind = crashFileKind(i)
  if (kind === 'binary') return Uint8Array.from({ length: 64 }, (_, k) => (k * 7 + i) % 9) // NUL and control bytes
  const n = kind === 'copy' ? i - 1 : i
  const paragraphs = [0, 1, 2, 3].map((p) => words(run * 1_000_003 + n * 31 + p, 40 + ((n + p) % 60)) + '.')
  return new TextEncoder().encode(`${crashReportTitle(run, n)}\n\n${paragraphs.join('\n\n')}\n`)
}
