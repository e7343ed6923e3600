/** A code of the codebook, with its sub-codes. */
export interface QdeCode {
  guid: string
  name: string
  isCodable: boolean
  /** #RRGGBB (or #RGB as read) */
  color: string | null
  description: string
  children: QdeCode[]
}

export interface QdeUser {
  guid: string
  name: string
}

/** What the writer needs for the head of project.qde. */
export interface ProjectHead {
  name: string
  origin: string
  /** xsd:dateTime of the export */
  created: string
  user: QdeUser
  codes: QdeCode[]
  /** Text variables the sources may have values for */
  variables: { guid: string; name: string }[]
}

export interface SelectionOut {
  guid: string
  name: string
  /** code points into the source's plain text */
  start: number
  end: number
  created: string
  modified: string
  description: string
  codings: { guid: string; codeGuid: string }[]
  note: { guid: string; text: string } | null
}

export interface SourceOut {
  guid: string
  name: string
  /** e.g. internal://<guid>.txt */
  plainTextPath: string
  variables: { guid: string; value: string }[]
  selections: SelectionOut[]
}

/** A TextSource as read, before its text is loaded. */
export interface TextSourceIn {
  guid: string
  name: string
  plainTextPath: string | null
  plainTextContent: string | null
  /** variable name → value */
  variables: { name: string; value: string }[]
  selections: SelectionIn[]
  /** codings of the whole source (not of a selection) */
  sourceCodings: number
}

export interface SelectionIn {
  guid: string | null
  name: string
  /** the attributes as written (xsd:integer), null when missing */
  start: string | null
  end: string | null
  created: string | null
  modified: string | null
  description: string
  codeGuids: string[]
  noteGuids: string[]
}

export interface SkippedSource {
  kind: 'picture' | 'PDF' | 'audio' | 'video'
  name: string
}

export interface NoteIn {
  plainTextContent: string | null
  plainTextPath: string | null
}

export interface ProjectIn {
  name: string
  origin: string | null
  codes: QdeCode[]
  textSources: TextSourceIn[]
  skipped: SkippedSource[]
  notes: Map<string, NoteIn>
  /** PDF selections (regions of a page) in PDF sources whose text was read: not imported */
  pdfSelections: number
}
