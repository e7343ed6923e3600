import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateQde } from '../testing/xmllint.ts'
import { guidFor } from './guids.ts'
import type { ProjectHead, QdeCode, SourceOut } from './project-model.ts'
import { openQdpx, QdpxZipWriter } from './qdpx-archive.ts'
import { QdeError, readQde } from './qde-reader.ts'
import { QdeWriter } from './qde-writer.ts'
import { xmlSafe } from './xml-text.ts'

const user = { guid: guidFor('user:test'), name: 'Ilse "Vé" <Varga>' }
const code = (name: string, children: QdeCode[] = [], extra: Partial<QdeCode> = {}): QdeCode => ({
  guid: guidFor(`c:${name}`),
  name,
  isCodable: true,
  color: null,
  description: '',
  children,
  ...extra
})

function project(sources: SourceOut[], codes: QdeCode[]): string {
  const head: ProjectHead = {
    name: 'Test & "project"',
    origin: 'Analyst Workbench 0.1.0',
    created: '2025-06-01T09:30:00.000Z',
    user,
    codes,
    variables: [{ guid: guidFor('v:outlet'), name: 'Outlet' }]
  }
  const w = new QdeWriter(head)
  return w.head() + sources.map((s) => w.source(s)).join('') + w.tail()
}

const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'a\r\nb',
    '\r',
    '\t tab',
    ' lead',
    'trail ',
    '\u2028\u2029\u0085',
    ']]>',
    '&amp;',
    '<Code/>',
    '"\'',
    '\u0000\u000c',
    '\uD800',
    '😀 👩‍👩‍👧',
    'e\u0301'
  )
)

const selection = (i: number, description: string, note: string | null) => ({
  guid: guidFor(`s:${i}`),
  name: `quote ${i}`,
  start: i,
  end: i + 3,
  created: '2025-06-01T09:30:00.000Z',
  modified: '2025-06-02T10:00:00.123Z',
  description,
  codings: [{ guid: guidFor(`k:${i}`), codeGuid: guidFor('c:child') }],
  note: note === null ? null : { guid: guidFor(`n:${i}`), text: note }
})

describe('project.qde: the writer', () => {
  it('writes a nested codebook, sources, coded selections, notes and variables that xmllint finds valid against the REFI-QDA schema', async () => {
    const codes = [
      code('Confidence', [code('evidence', [], { color: '#1b7f4b' })], { isCodable: false }),
      code('Topics', [code('child', [], { description: 'line one\nline two' })])
    ]
    const xml = project(
      [
        {
          guid: guidFor('src:1'),
          name: 'Article "one"',
          plainTextPath: `internal://${guidFor('src:1')}.txt`,
          variables: [{ guid: guidFor('v:outlet'), value: 'Wire & Co' }],
          selections: [selection(0, 'Speaker: Ilse', 'a note\r\nwith CR LF'), selection(5, '', null)]
        },
        { guid: guidFor('src:2'), name: 'Empty', plainTextPath: `internal://${guidFor('src:2')}.txt`, variables: [], selections: [] }
      ],
      codes
    )
    const check = await validateQde(xml)
    expect(check.messages).toContain('validates')
    expect(check.valid).toBe(true)
    expect((await validateQde(project([], []))).valid).toBe(true)
  })

  it('is read back exactly by the reader, whatever the strings hold (characters XML cannot carry become U+FFFD)', () => {
    fc.assert(
      fc.property(tricky, tricky, tricky, tricky, (name, description, note, value) => {
        const codes = [code(name || 'x', [code('child', [], { description })])]
        const src: SourceOut = {
          guid: guidFor('src'),
          name,
          plainTextPath: 'internal://x.txt',
          variables: [{ guid: guidFor('v:outlet'), value }],
          selections: [selection(1, description, note)]
        }
        const read = readQde(project([src], codes))
        expect(read.codes[0]!.name).toBe(xmlSafe(name || 'x'))
        expect(read.codes[0]!.children[0]!.description).toBe(xmlSafe(description))
        const [s] = read.textSources
        expect(s!.name).toBe(xmlSafe(name))
        expect(s!.variables).toEqual([{ name: 'Outlet', value: xmlSafe(value) }])
        expect(s!.selections[0]).toMatchObject({
          start: '1',
          end: '4',
          description: xmlSafe(description),
          codeGuids: [guidFor('c:child')],
          noteGuids: [guidFor('n:1')]
        })
        expect(read.notes.get(guidFor('n:1'))!.plainTextContent).toBe(xmlSafe(note))
      }),
      { numRuns: 300 }
    )
  })
})

describe('project.qde: the reader', () => {
  it('reads GUIDs in any spelling, skips sources that are not text by name, and reads a PDF by its text representation', () => {
    const xml = `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="MAXQDA 24">
      <CodeBook><Codes><Code guid="{a182cd3a-d83c-4d8c-bc80-26d9103ec6d6}" name="Evidence" isCodable="true" color="#F00"/></Codes></CodeBook>
      <Sources>
        <PictureSource guid="11111111-1111-1111-1111-111111111111" name="Satellite photo" path="internal://p.png"/>
        <AudioSource guid="22222222-2222-2222-2222-222222222222" name="Interview tape"/>
        <PDFSource guid="33333333-3333-3333-3333-333333333333" name="Scanned cable"/>
        <PDFSource guid="44444444-4444-4444-4444-444444444444" name="Report PDF"><PDFSelection guid="55555555-5555-5555-5555-555555555555" page="1" firstX="0" firstY="0" secondX="1" secondY="1"/>
          <Representation guid="66666666-6666-6666-6666-666666666666" plainTextPath="internal://r.txt"><PlainTextSelection guid="77777777-7777-7777-7777-777777777777" startPosition="0" endPosition="4"/></Representation></PDFSource>
      </Sources></Project>`
    const p = readQde(xml)
    expect(p.codes[0]).toMatchObject({ guid: 'A182CD3A-D83C-4D8C-BC80-26D9103EC6D6', name: 'Evidence', color: '#F00' })
    expect(p.skipped).toEqual([
      { kind: 'picture', name: 'Satellite photo' },
      { kind: 'audio', name: 'Interview tape' },
      { kind: 'PDF', name: 'Scanned cable' }
    ])
    expect(p.textSources).toMatchObject([
      {
        guid: '44444444-4444-4444-4444-444444444444',
        name: 'Report PDF',
        plainTextPath: 'internal://r.txt',
        selections: [{ start: '0', end: '4' }]
      }
    ])
    expect(p.pdfSelections).toBe(1)
  })

  it.each([
    ['not XML at all', 'PK\u0003\u0004 garbage', /not well-formed XML/],
    ['a broken tag', '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Users></Project>', /not well-formed XML/],
    [
      'another vocabulary',
      '<html xmlns="http://www.w3.org/1999/xhtml"/>',
      /not a REFI-QDA project: its root element is <html> in http:\/\/www.w3.org\/1999\/xhtml/
    ],
    [
      'a code without guid',
      '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code name="x" isCodable="true"/></Codes></CodeBook></Project>',
      /the code x has no valid guid/
    ]
  ])('refuses %s with a message saying what is wrong', (_label, xml, message) => {
    expect(() => readQde(xml)).toThrow(QdeError)
    expect(() => readQde(xml)).toThrow(message)
  })

  it('does not expand entities a DTD declares (no "billion laughs")', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>`
    let name = ''
    try {
      name = readQde(bomb).name
    } catch (err) {
      expect(err).toBeInstanceOf(QdeError)
    }
    expect(name.length).toBeLessThan(100)
  })
})

describe('the .qdpx archive', () => {
  it('holds project.qde and the sources, gives the same bytes for the same project, and finds internal:// files by name', () => {
    const build = () => {
      const zip = new QdpxZipWriter(new Date('2025-06-01T09:30:00Z'))
      zip.addFile('sources/ABC.txt', new TextEncoder().encode('The text 😀.'))
      const qde = zip.openFile('project.qde')
      qde.push('<?xml version="1.0"?>')
      qde.push('<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>')
      qde.close()
      zip.end()
      return Buffer.concat(zip.take())
    }
    const bytes = build()
    expect(bytes.equals(build())).toBe(true)
    const archive = openQdpx(bytes)
    expect(archive.qde).toContain('name="p"')
    expect(new TextDecoder().decode(archive.internalFile('internal://abc.txt'))).toBe('The text 😀.')
    expect(archive.internalFile('internal://missing.txt')).toBeUndefined()
    expect(archive.internalFile('relative://ABC.txt')).toBeUndefined()
  })

  it('refuses bytes that are not a ZIP, and a ZIP without project.qde', () => {
    expect(() => openQdpx(new TextEncoder().encode('hello'))).toThrow(/not a ZIP archive/)
    const zip = new QdpxZipWriter(new Date())
    zip.addFile('readme.txt', new Uint8Array([65]))
    zip.end()
    expect(() => openQdpx(Buffer.concat(zip.take()))).toThrow(/holds no project.qde/)
  })
})
