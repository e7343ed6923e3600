import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBrat, type Attribution, type Piece } from './brat.ts'
import { partOf, type Part } from './split.ts'

export interface RealArticle {
  name: string
  part: Part
  text: string
  attributions: Attribution[]
}

/**
 * Where the PolNeAR training articles are: $WORKBENCH_REAL_NEWS, else a `shared/datasets/polnear-train` beside the
 * repository or beside its parent folder (a worktree); never inside the repository.
 */
export function defaultDatasetDir(root: string): string {
  const env = process.env.WORKBENCH_REAL_NEWS
  if (env) return env
  const near = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].map((d) => join(d, 'datasets', 'polnear-train'))
  return near.find(datasetPresent) ?? near[0]!
}

export const datasetPresent = (dir: string): boolean => existsSync(join(dir, 'text')) && existsSync(join(dir, 'attributions'))

/** Brat offsets count code points; JavaScript strings count UTF-16 units. Maps one to the other. */
function codePointIndex(text: string): ((cp: number) => number) | null {
  if (!/[\uD800-\uDFFF]/.test(text)) return null
  const units: number[] = []
  let u = 0
  for (const ch of text) {
    units.push(u)
    u += ch.length
  }
  units.push(u)
  return (cp) => units[Math.min(cp, units.length - 1)]!
}

/**
 * The articles of a PolNeAR folder with their attributions. An article with
 * several annotators' files takes the first by name, so every run reads the
 * same marks.
 */
export function loadDataset(dir: string): RealArticle[] {
  if (!datasetPresent(dir)) throw new Error(`${dir}: not a PolNeAR folder (needs text/ and attributions/)`)
  const annFiles = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort()
  const out: RealArticle[] = []
  for (const t of readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = t.slice(0, -4)
    const ann = annFiles.find((f) => f.startsWith(`${name}_`))
    if (!ann) continue
    const text = readFileSync(join(dir, 'text', t), 'utf8')
    const map = codePointIndex(text)
    const fix = (p: Piece): Piece => (map ? { ...p, start: map(p.start), end: map(p.end) } : p)
    const attributions = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), ann).map((a) => ({
      source: a.source.map(fix),
      cue: a.cue.map(fix),
      content: a.content.map(fix)
    }))
    out.push({ name, part: partOf(name), text, attributions })
  }
  return out
}
