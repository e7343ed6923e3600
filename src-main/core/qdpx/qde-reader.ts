import { DOMParser, type Element } from '@xmldom/xmldom'
import { normalGuid } from './guids.ts'
import type { NoteIn, ProjectIn, QdeCode, SelectionIn, SkippedSource, TextSourceIn } from './project-model.ts'
import { QDE_NAMESPACE } from './vocabulary.ts'
import { xml10LineEnds } from './xml-text.ts'

/** A project.qde that cannot be read; the message says what is wrong (the caller adds the file's name). */
export class QdeError extends Error {}

const ELEMENT = 1

function children(el: Element, name: string): Element[] {
  const out: Element[] = []
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT && (n as Element).localName === name && (n as Element).namespaceURI === QDE_NAMESPACE) out.push(n as Element)
  }
  return out
}

const child = (el: Element, name: string): Element | undefined => children(el, name)[0]
const text = (el: Element | undefined): string => el?.textContent ?? ''
const attr = (el: Element, name: string): string | null => (el.hasAttribute(name) ? el.getAttribute(name) : null)

function parseXml(xml: string): Element {
  let problem: string | undefined
  try {
    const doc = new DOMParser({
      normalizeLineEndings: xml10LineEnds,
      onError: (level, message) => {
        if (level === 'warning') return
        problem ??= message.split('\n')[0]
        throw new QdeError(message)
      }
    }).parseFromString(xml, 'application/xml')
    const root = doc.documentElement
    if (root) return root as unknown as Element
    problem = 'it holds no root element'
  } catch (err) {
    problem ??= (err as Error).message.split('\n')[0]
  }
  throw new QdeError(`project.qde is not well-formed XML (${problem})`)
}

function readCode(el: Element, path: string): QdeCode {
  const guid = normalGuid(attr(el, 'guid'))
  const name = attr(el, 'name')
  if (!guid) throw new QdeError(`the code ${path}${name ?? '?'} has no valid guid`)
  if (name === null) throw new QdeError(`the code ${guid} has no name`)
  const color = attr(el, 'color')
  return {
    guid,
    name,
    isCodable: attr(el, 'isCodable') !== 'false' && attr(el, 'isCodable') !== '0',
    color: color && /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(color.trim()) ? color.trim() : null,
    description: text(child(el, 'Description')),
    children: children(el, 'Code').map((c) => readCode(c, `${path}${name}/`))
  }
}

function readSelection(el: Element): SelectionIn {
  return {
    guid: normalGuid(attr(el, 'guid')),
    name: attr(el, 'name') ?? '',
    start: attr(el, 'startPosition'),
    end: attr(el, 'endPosition'),
    created: attr(el, 'creationDateTime'),
    modified: attr(el, 'modifiedDateTime'),
    description: text(child(el, 'Description')),
    codeGuids: children(el, 'Coding').flatMap((c) => {
      const ref = child(c, 'CodeRef')
      const g = ref ? normalGuid(attr(ref, 'targetGUID')) : null
      return g ? [g] : []
    }),
    noteGuids: refs(el, 'NoteRef')
  }
}

const refs = (el: Element, name: string): string[] => children(el, name).flatMap((r) => normalGuid(attr(r, 'targetGUID')) ?? [])

function readTextSource(el: Element, name: string, variableNames: Map<string, string>): TextSourceIn {
  const content = child(el, 'PlainTextContent')
  return {
    guid: normalGuid(attr(el, 'guid')) ?? '',
    name,
    plainTextPath: attr(el, 'plainTextPath'),
    plainTextContent: content ? text(content) : null,
    variables: children(el, 'VariableValue').flatMap((v) => {
      const ref = child(v, 'VariableRef')
      const variable = ref ? variableNames.get(normalGuid(attr(ref, 'targetGUID')) ?? '') : undefined
      const value =
        child(v, 'TextValue') ??
        child(v, 'DateValue') ??
        child(v, 'DateTimeValue') ??
        child(v, 'IntegerValue') ??
        child(v, 'FloatValue') ??
        child(v, 'BooleanValue')
      return variable !== undefined && value ? [{ name: variable, value: text(value) }] : []
    }),
    selections: children(el, 'PlainTextSelection').map(readSelection),
    sourceCodings: children(el, 'Coding').length
  }
}

const SKIPPED_KINDS: Record<string, SkippedSource['kind']> = {
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
  PDFSource: 'PDF'
}

/**
 * Reads a project.qde into what the importer needs: the codebook, the text
 * sources with their coded selections, the notes, and the sources that are not
 * text (named, to be reported). A PDF source with a plain-text Representation is
 * read as that text. Throws QdeError for a file that is not a QDA-XML project.
 */
export function readQde(xml: string): ProjectIn {
  const root = parseXml(xml)
  if (root.localName !== 'Project' || root.namespaceURI !== QDE_NAMESPACE) {
    throw new QdeError(
      `project.qde is not a REFI-QDA project: its root element is <${root.tagName}>${root.namespaceURI ? ` in ${root.namespaceURI}` : ''}, not <Project> in ${QDE_NAMESPACE}`
    )
  }
  const codeBook = child(root, 'CodeBook')
  const codesEl = codeBook ? child(codeBook, 'Codes') : undefined
  const variableNames = new Map<string, string>()
  for (const v of children(child(root, 'Variables') ?? root, 'Variable')) {
    const guid = normalGuid(attr(v, 'guid'))
    if (guid && attr(v, 'name') !== null) variableNames.set(guid, attr(v, 'name')!)
  }
  const project: ProjectIn = {
    name: attr(root, 'name') ?? '',
    origin: attr(root, 'origin'),
    codes: codesEl ? children(codesEl, 'Code').map((c) => readCode(c, '')) : [],
    textSources: [],
    skipped: [],
    notes: new Map<string, NoteIn>(),
    pdfSelections: 0
  }
  const sources = child(root, 'Sources')
  for (let n = sources?.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== ELEMENT || (n as Element).namespaceURI !== QDE_NAMESPACE) continue
    const el = n as Element
    const name = attr(el, 'name') ?? attr(el, 'guid') ?? 'unnamed source'
    if (el.localName === 'TextSource') project.textSources.push(readTextSource(el, name, variableNames))
    else if (el.localName === 'PDFSource' && child(el, 'Representation')) {
      project.textSources.push({
        ...readTextSource(child(el, 'Representation')!, name, variableNames),
        guid: normalGuid(attr(el, 'guid')) ?? ''
      })
      project.pdfSelections += children(el, 'PDFSelection').length
    } else if (SKIPPED_KINDS[el.localName!]) project.skipped.push({ kind: SKIPPED_KINDS[el.localName!]!, name })
  }
  for (const note of children(child(root, 'Notes') ?? root, 'Note')) {
    const guid = normalGuid(attr(note, 'guid'))
    const content = child(note, 'PlainTextContent')
    if (guid) project.notes.set(guid, { plainTextContent: content ? text(content) : null, plainTextPath: attr(note, 'plainTextPath') })
  }
  return project
}
