import type { ProjectHead, QdeCode, SourceOut } from './project-model.ts'
import { QDE_NAMESPACE } from './vocabulary.ts'
import { attrs, textElement, xmlText } from './xml-text.ts'

function codeXml(c: QdeCode): string {
  const inner = textElement('Description', c.description) + c.children.map(codeXml).join('')
  const head = `<Code${attrs({ guid: c.guid, name: c.name, isCodable: c.isCodable, color: c.color })}`
  return inner ? `${head}>${inner}</Code>` : `${head}/>`
}

/**
 * Writes project.qde (QDA-XML Project 1.0) piece by piece, so a large project is
 * streamed source by source: `head()`, then `source()` for each TextSource, then
 * `tail()` (the Notes the selections refer to, collected on the way). Elements
 * come in the schema's order; valid against Project-mrt2019.xsd (tested with xmllint).
 */
export class QdeWriter {
  private notes: string[] = []
  private sources = 0

  constructor(private readonly project: ProjectHead) {}

  head(): string {
    const p = this.project
    let xml = '<?xml version="1.0" encoding="utf-8"?>\n'
    const stamps = {
      creatingUserGUID: p.user.guid,
      creationDateTime: p.created,
      modifyingUserGUID: p.user.guid,
      modifiedDateTime: p.created
    }
    xml += `<Project${attrs({ xmlns: QDE_NAMESPACE, name: p.name, origin: p.origin, ...stamps })}>\n`
    xml += `<Users><User${attrs({ guid: p.user.guid, name: p.user.name })}/></Users>\n`
    if (p.codes.length) xml += `<CodeBook><Codes>\n${p.codes.map(codeXml).join('\n')}\n</Codes></CodeBook>\n`
    const variables = p.variables.map((v) => `<Variable${attrs({ guid: v.guid, name: v.name, typeOfVariable: 'Text' })}/>`)
    if (variables.length) xml += `<Variables>${variables.join('')}</Variables>\n`
    return xml
  }

  source(s: SourceOut): string {
    const user = this.project.user.guid
    let xml = this.sources++ === 0 ? '<Sources>\n' : ''
    xml += `<TextSource${attrs({ guid: s.guid, name: s.name, plainTextPath: s.plainTextPath })}>`
    for (const sel of s.selections) {
      const stamps = { creatingUser: user, creationDateTime: sel.created, modifyingUser: user, modifiedDateTime: sel.modified }
      xml += `\n<PlainTextSelection${attrs({ guid: sel.guid, name: sel.name, startPosition: sel.start, endPosition: sel.end, ...stamps })}>`
      xml += textElement('Description', sel.description)
      for (const c of sel.codings) {
        xml += `<Coding${attrs({ guid: c.guid, creatingUser: user, creationDateTime: sel.created })}><CodeRef${attrs({ targetGUID: c.codeGuid })}/></Coding>`
      }
      if (sel.note) {
        xml += `<NoteRef${attrs({ targetGUID: sel.note.guid })}/>`
        const note = `<Note${attrs({ guid: sel.note.guid, name: `Note on ${sel.name}`, ...stamps })}>`
        this.notes.push(`${note}<PlainTextContent>${xmlText(sel.note.text)}</PlainTextContent></Note>`)
      }
      xml += '</PlainTextSelection>'
    }
    for (const v of s.variables)
      xml += `\n<VariableValue><VariableRef${attrs({ targetGUID: v.guid })}/><TextValue>${xmlText(v.value)}</TextValue></VariableValue>`
    return xml + '\n</TextSource>\n'
  }

  tail(): string {
    let xml = this.sources > 0 ? '</Sources>\n' : ''
    if (this.notes.length) xml += `<Notes>\n${this.notes.join('\n')}\n</Notes>\n`
    this.notes = []
    return xml + '</Project>\n'
  }
}
