/** A stretch of an article's text: [start, end) into the decoded file. */
export interface Piece {
  start: number
  end: number
  text: string
}

/** One marked attribution: who (absent for "it is unclear …"), the cue, and what is attributed. */
export interface Attribution {
  source: Piece[]
  cue: Piece[]
  content: Piece[]
}

/**
 * Reads a brat standoff file (PolNeAR's `.ann`): `T` lines give typed spans
 * (`T3<TAB>Source 335 385<TAB>text`, discontiguous ones as `5 9;12 20`), `E`
 * lines tie an Attribution to its Source, Cue and Content. Throws naming the
 * file and line on a line it cannot read. Other lines (notes, the rest of a
 * span's text that held a line break) are skipped.
 */
export function parseBrat(ann: string, file: string): Attribution[] {
  const spans = new Map<string, Piece[]>()
  const events: { line: number; args: string[] }[] = []
  ann.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    if (/^T\d+\t/.test(line)) {
      const [id, head, text = ''] = line.split('\t')
      const m = /^\S+ (\d+ \d+(?:;\d+ \d+)*)$/.exec(head ?? '')
      if (!id || !m) throw new Error(`${file}:${i + 1}: cannot read the span ${JSON.stringify(line.slice(0, 60))}`)
      let at = 0
      const pieces = m[1]!.split(';').map((p) => {
        const [s, e] = p.split(' ').map(Number) as [number, number]
        const piece = { start: s, end: e, text: text.slice(at, at + e - s) }
        at += e - s + 1
        return piece
      })
      spans.set(id, pieces)
    } else if (/^E\d+\t/.test(line)) {
      events.push({ line: i + 1, args: (line.split('\t')[1] ?? '').split(' ') })
    }
  })
  const out: Attribution[] = []
  for (const { line, args } of events) {
    const role = (name: string): Piece[] => {
      const ref = args.find((a) => a.startsWith(`${name}:`))?.slice(name.length + 1)
      if (ref && !spans.has(ref)) throw new Error(`${file}:${line}: the event refers to ${ref}, which no T line defines`)
      return ref ? spans.get(ref)! : []
    }
    if (!/^Attribution/.test(args[0] ?? '')) continue
    out.push({ source: role('Source'), cue: role('Cue'), content: role('Content') })
  }
  return out
}
