import { articleFormats } from '../../contract/articles.ts'
import { isoDate } from '../../contract/common.ts'
import { trimSpan } from '../anchor/anchor.ts'
import { decodeText } from '../import/decode-text.ts'
import { OffsetMapper } from '../web-annotation/code-points.ts'
import { canonicalWithOffsets } from './canonical-offsets.ts'
import { decodeDescription } from './description.ts'
import type { ProjectIn, QdeCode, SelectionIn, TextSourceIn } from './project-model.ts'
import type { QdpxArchive } from './qdpx-archive.ts'
import { ARTICLE_VARIABLES, ORIGIN_PREFIX } from './vocabulary.ts'

/** A claim read from a selection, anchored in the source's canonical text (UTF-16 offsets), its codes still as GUIDs. */
export interface ClaimIn {
  start: number
  end: number
  attributedTo: string
  note: string
  sourceReliability: string | null
  claimCredibility: number | null
  cue: string | null
  createdAt: string
  updatedAt: string
  /** false when the file gave no creation time (then a claim on the same span counts as the same claim) */
  timed: boolean
  codeGuids: string[]
  /** the selection's name or guid, for messages */
  label: string
}

export interface ArticleIn {
  title: string
  body: string
  source: string | null
  url: string | null
  published: string | null
  format: (typeof articleFormats)[number]
  claims: ClaimIn[]
}

export interface PreparedProject {
  name: string
  /** written by this app: its spans, times and titles are taken exactly as they are */
  ours: boolean
  codes: QdeCode[]
  articles: ArticleIn[]
  warnings: string[]
}

const MAX_TITLE = 300
const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** created/modified as the app stores them (ISO UTC with milliseconds): ours verbatim, another program's converted. */
function storedTime(value: string | null, fallback: string): string {
  if (value === null) return fallback
  if (STORED_TIME.test(value)) return value
  const t = new Date(value)
  return Number.isNaN(t.getTime()) ? fallback : t.toISOString()
}

const label = (s: SelectionIn): string =>
  s.name ? `"${s.name.length > 60 ? s.name.slice(0, 59) + '…' : s.name}"` : (s.guid ?? 'without a guid')

function titleOf(name: string): string {
  const t = name.normalize('NFC').replace(/\s+/g, ' ').trim() || 'Untitled source'
  return t.length > MAX_TITLE ? t.slice(0, MAX_TITLE - 1).trimEnd() + '…' : t
}

function rawText(source: TextSourceIn, archive: QdpxArchive): { text: string; warnings: string[] } | string {
  if (source.plainTextContent !== null) return { text: source.plainTextContent, warnings: [] }
  const path = source.plainTextPath
  if (!path) return 'it has neither plain text nor a plainTextPath'
  if (!/^internal:\/\//i.test(path)) return `its text is kept outside the project file (${path})`
  const bytes = archive.internalFile(path)
  if (!bytes) return `its text file ${path} is missing from the archive`
  return decodeText(bytes)
}

function noteTexts(selection: SelectionIn, project: ProjectIn, archive: QdpxArchive): string[] {
  return selection.noteGuids.flatMap((g) => {
    const note = project.notes.get(g)
    if (!note) return []
    if (note.plainTextContent !== null) return [note.plainTextContent]
    const bytes = note.plainTextPath ? archive.internalFile(note.plainTextPath) : undefined
    return bytes ? [decodeText(bytes).text] : []
  })
}

function variable(source: TextSourceIn, name: string): string | null {
  return source.variables.find((v) => v.name.trim().toLowerCase() === name.toLowerCase())?.value ?? null
}

function readSource(
  source: TextSourceIn,
  project: ProjectIn,
  archive: QdpxArchive,
  ours: boolean,
  now: string,
  warnings: string[]
): ArticleIn | null {
  const raw = rawText(source, archive)
  if (typeof raw === 'string') {
    warnings.push(`Skipped the text source "${source.name}": ${raw}.`)
    return null
  }
  const canonical = canonicalWithOffsets(raw.text)
  if (canonical.text === '') {
    warnings.push(`Skipped the text source "${source.name}": it holds no text.`)
    return null
  }
  warnings.push(...[...raw.warnings, ...canonical.warnings].map((w) => `"${source.name}": ${w}`))
  const codePoints = new OffsetMapper(raw.text)
  const claims: ClaimIn[] = []
  for (const s of source.selections) {
    const where = `the selection ${label(s)} in "${source.name}"`
    const start = s.start !== null && /^[+-]?\d+$/.test(s.start) ? Number(s.start) : NaN
    const end = s.end !== null && /^[+-]?\d+$/.test(s.end) ? Number(s.end) : NaN
    const from = codePoints.toUtf16(start)
    const to = codePoints.toUtf16(end)
    if (from === undefined || to === undefined || end <= start) {
      warnings.push(
        `Not imported: ${where} runs from ${s.start ?? '(none)'} to ${s.end ?? '(none)'}, outside its text (${codePoints.length} characters).`
      )
      continue
    }
    let span: { start: number; end: number } | null = { start: canonical.toCanonical(from), end: canonical.toCanonical(to) }
    if (!ours) span = trimSpan(canonical.text, span.start, span.end)
    if (!span || span.end <= span.start) {
      warnings.push(`Not imported: ${where} selects no text (only spaces or line breaks).`)
      continue
    }
    const d = decodeDescription(s.description)
    const notes = noteTexts(s, project, archive)
    const note = d.note ?? [d.rest.join('\n'), ...notes].filter((n) => n !== '').join('\n\n')
    const createdAt = storedTime(s.created, now)
    claims.push({
      ...span,
      attributedTo: d.attributedTo ?? '',
      note,
      sourceReliability: d.sourceReliability ?? null,
      claimCredibility: d.claimCredibility ?? null,
      cue: d.cue ?? null,
      createdAt,
      updatedAt: storedTime(s.modified, createdAt),
      timed: s.created !== null && createdAt !== now,
      codeGuids: s.codeGuids,
      label: where
    })
  }
  if (source.sourceCodings > 0)
    warnings.push(
      `"${source.name}" is coded as a whole ${source.sourceCodings} time${source.sourceCodings === 1 ? '' : 's'}: only codes on selections become claims.`
    )
  const published = variable(source, ARTICLE_VARIABLES.published.name)
  const format = variable(source, ARTICLE_VARIABLES.format.name)
  return {
    title:
      ours && source.name !== '' && source.name.length <= MAX_TITLE && !/[\n\r]/.test(source.name) ? source.name : titleOf(source.name),
    body: canonical.text,
    source: variable(source, ARTICLE_VARIABLES.source.name),
    url: variable(source, ARTICLE_VARIABLES.url.name),
    published: published !== null && isoDate.safeParse(published).success ? published : null,
    format: (articleFormats as readonly string[]).includes(format ?? '') ? (format as ArticleIn['format']) : 'txt',
    claims
  }
}

/**
 * Everything a .qdpx holds that the app can store, read and checked before any
 * transaction: its text sources as canonical article texts, each selection moved
 * onto that text as a claim (code points in the file, UTF-16 in the app), and
 * what could not be taken, in words, as warnings.
 */
export function prepareProject(project: ProjectIn, archive: QdpxArchive, now: string = new Date().toISOString()): PreparedProject {
  const ours = (project.origin ?? '').startsWith(ORIGIN_PREFIX)
  const warnings: string[] = []
  for (const s of project.skipped) warnings.push(`Skipped the ${s.kind} source "${s.name}": only text sources can be imported.`)
  if (project.pdfSelections > 0)
    warnings.push(
      `${project.pdfSelections} PDF selection${project.pdfSelections === 1 ? '' : 's'} (regions of a page) were not imported; selections in the PDF's text were.`
    )
  const articles = project.textSources.flatMap((s) => readSource(s, project, archive, ours, now, warnings) ?? [])
  return { name: project.name, ours, codes: project.codes, articles, warnings }
}
