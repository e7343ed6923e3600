/** What each bench figure means, its unit and target (issue #10). Ratios are against raw SQLite in the same run. */
export interface MetricSpec {
  key: string
  label: string
  unit: 'ratio' | 'ms' | 'MB' | 'count'
  /** the value must stay at or below this (undefined: shown for context, no target) */
  target?: number
  /** `<`: strictly below the target; `≤`: at or below */
  op?: '<' | '≤'
  /** one of the issue's required figures (the smoke test checks every one is produced) */
  required?: boolean
  /** one of `--scale`'s figures (issue 18; its smoke test checks every one is produced; the indented ones under them are context) */
  scale?: boolean
}

export const METRICS: MetricSpec[] = [
  { key: 'import_ratio', label: 'import 10k reports ÷ raw inserts + FTS', unit: 'ratio', target: 1.5, op: '≤', required: true },
  { key: 'raw_import_ms', label: '  raw prepared inserts + FTS, one transaction', unit: 'ms' },
  { key: 'app_import_ms', label: "  the app's import of the folder", unit: 'ms' },
  { key: 'import_cpu_ratio', label: '  the same in CPU time (what the load does not change)', unit: 'ratio' },
  { key: 'fts_p95_ms', label: 'library search, p95 of 200', unit: 'ms', target: 20, op: '<', required: true },
  { key: 'fts_median_ms', label: '  median', unit: 'ms' },
  { key: 'fts_cpu_p95_ms', label: '  CPU time per search, p95 (what the load does not change)', unit: 'ms' },
  { key: 'export_ratio', label: 'CSV export 100k claims ÷ sqlite3 -csv', unit: 'ratio', target: 2.0, op: '≤', required: true },
  { key: 'sqlite3_csv_ms', label: '  sqlite3 -csv', unit: 'ms' },
  { key: 'export_ms', label: "  the app's CSV export", unit: 'ms' },
  { key: 'csv_stringify_ratio', label: '  csv-stringify ÷ sqlite3 -csv (for comparison)', unit: 'ratio' },
  { key: 'tag_commit_p95_ms', label: 'tag change → committed row, p95', unit: 'ms', target: 16, op: '<', required: true },
  { key: 'tag_commit_median_ms', label: '  median', unit: 'ms' },
  {
    key: 'busy_tag_commit_p95_ms',
    label: 'tag change over HTTP during 1k-file import + 200 KB compare, p95',
    unit: 'ms',
    target: 50,
    op: '<',
    required: true
  },
  { key: 'busy_tag_commit_median_ms', label: '  median', unit: 'ms' },
  { key: 'busy_tag_commit_max_ms', label: '  slowest', unit: 'ms' },
  { key: 'busy_load_ms', label: '  import + compare, start to both finished', unit: 'ms' },
  { key: 'suggest_200kb_ms', label: 'suggestions for a 200 KB paragraph', unit: 'ms', target: 500, op: '<', required: true },
  { key: 'compare_15kb_ms', label: 'two 15 KB reports compared (fresh texts), median', unit: 'ms', target: 300, op: '<', required: true },
  { key: 'compare_15kb_cpu_ms', label: '  CPU time of one (all threads)', unit: 'ms' },
  { key: 'compare_again_ms', label: '  the same pair compared again', unit: 'ms' },
  { key: 'interactive_ms', label: 'cold start → interactive (10k articles)', unit: 'ms', target: 600, op: '<', required: true },
  {
    key: 'tag_repaint_p95_ms',
    label: 'tag key → row repainted, saved and refreshed, p95',
    unit: 'ms',
    target: 50,
    op: '<',
    required: true
  },
  { key: 'tag_repaint_median_ms', label: '  median', unit: 'ms' },
  { key: 'claims_view_ms', label: '"All claims" opened → 100k rows on screen', unit: 'ms' },
  { key: 'filter_ms', label: 'filter keystroke → rows updated, median', unit: 'ms', target: 50, op: '<', required: true },
  { key: 'filter_max_ms', label: '  slowest keystroke', unit: 'ms' },
  { key: 'filter_count_ms', label: '  keystroke → count on screen, median', unit: 'ms' },
  { key: 'longest_task_ms', label: 'longest main-thread task, scroll + filter', unit: 'ms', target: 50, op: '<', required: true },
  { key: 'heap_mb', label: 'JS heap with 100k claims open', unit: 'MB', target: 250, op: '<', required: true },
  { key: 'scale_articles', label: 'scale: reports', unit: 'count', scale: true },
  { key: 'scale_claims', label: 'scale: claims', unit: 'count', scale: true },
  { key: 'scale_import_ratio', label: 'scale: import ÷ raw inserts + FTS', unit: 'ratio', target: 1.5, op: '≤', scale: true },
  { key: 'scale_raw_import_ms', label: '  raw prepared inserts + FTS, one transaction', unit: 'ms' },
  { key: 'scale_app_import_ms', label: "  the app's import of the folder", unit: 'ms' },
  { key: 'scale_import_cpu_ratio', label: '  the same in CPU time', unit: 'ratio' },
  { key: 'scale_export_ratio', label: 'scale: CSV export ÷ sqlite3 -csv', unit: 'ratio', target: 2.0, op: '≤', scale: true },
  { key: 'scale_sqlite3_csv_ms', label: '  sqlite3 -csv', unit: 'ms' },
  { key: 'scale_export_ms', label: "  the app's CSV export", unit: 'ms' },
  { key: 'scale_fts_p95_ms', label: 'scale: library search, p95', unit: 'ms', target: 50, op: '<', scale: true },
  { key: 'scale_fts_median_ms', label: '  median', unit: 'ms' },
  { key: 'scale_fts_cpu_p95_ms', label: '  CPU time per search, p95', unit: 'ms' },
  { key: 'scale_interactive_ms', label: 'scale: cold start → interactive', unit: 'ms', target: 1500, op: '<', scale: true },
  { key: 'scale_claims_view_ms', label: 'scale: "All claims" opened → rows on screen', unit: 'ms', target: 1500, op: '<', scale: true },
  { key: 'scale_filter_ms', label: 'scale: filter keystroke → rows updated, median', unit: 'ms', target: 100, op: '<', scale: true },
  { key: 'scale_filter_count_ms', label: 'scale:   keystroke → count on screen, median', unit: 'ms', scale: true },
  { key: 'scale_heap_mb', label: 'scale: JS heap with every claim open', unit: 'MB', target: 300, op: '<', scale: true }
]

export const REQUIRED_METRICS = METRICS.filter((m) => m.required).map((m) => m.key)
export const SCALE_METRICS = METRICS.filter((m) => m.scale).map((m) => m.key)

export type Figures = Record<string, number | null>

/** Whether a figure meets its target (undefined when it has none or was not measured). */
export function meetsTarget(spec: MetricSpec, value: number | null | undefined): boolean | undefined {
  if (spec.target === undefined || value === null || value === undefined) return undefined
  return spec.op === '<' ? value < spec.target : value <= spec.target
}

const show = (spec: MetricSpec, v: number | null | undefined): string => {
  if (v === null || v === undefined) return 'skipped'
  if (spec.unit === 'ratio') return `${v.toFixed(2)}×`
  if (spec.unit === 'count') return v.toLocaleString('en-US')
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toString()} ${spec.unit === 'MB' ? 'MB' : 'ms'}`
}

const targetText = (spec: MetricSpec): string =>
  spec.target === undefined
    ? ''
    : `${spec.op} ${spec.unit === 'ratio' ? `${spec.target.toFixed(1)}×` : `${spec.target} ${spec.unit === 'MB' ? 'MB' : 'ms'}`}`

const verdict = (spec: MetricSpec, v: number | null | undefined): string => {
  const met = meetsTarget(spec, v)
  return met === undefined ? '' : met ? 'ok' : 'MISSED'
}

/** The figures as an aligned plain-text table. */
export function textTable(figures: Figures): string {
  const rows = METRICS.filter((m) => m.key in figures).map((m) => [
    m.label,
    show(m, figures[m.key]),
    targetText(m),
    verdict(m, figures[m.key])
  ])
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows
    .map((r) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`.trimEnd())
    .join('\n')
}

/** The figures as a Markdown table (for the README). */
export function markdownTable(figures: Figures): string {
  const rows = METRICS.filter((m) => m.key in figures).map(
    (m) =>
      `| ${m.label.startsWith('  ') ? `&nbsp;&nbsp;${m.label.trim()}` : m.label} | \`${m.key}\` | ${show(m, figures[m.key])} | ${targetText(m)} | ${verdict(m, figures[m.key])} |`
  )
  return ['| measure | key | result | target | |', '| --- | --- | ---: | --- | --- |', ...rows].join('\n')
}
