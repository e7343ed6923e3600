import { describe, expect, it } from 'vitest'
import { importExtensions, MAX_IMPORT_BYTES } from '../../contract/import.ts'
import { FORMATS } from './formats.ts'
import { readImportFixture } from '../testing/import-fixtures.ts'
import { extensionOf, prepareFile } from './prepare-file.ts'

const article = async (name: string, bytes: Uint8Array) => {
  const p = await prepareFile(name, bytes)
  if (p.kind !== 'article') throw new Error('expected an article')
  return p.article
}

describe('reading one file for import', () => {
  it('reads a text report: title line, NFC body, scripts and emoji intact', async () => {
    const a = await article('report.txt', readImportFixture('report.txt'))
    expect(a).toMatchObject({ title: 'Harbour pilots strike for a second day', format: 'txt', fileName: 'report.txt', warnings: [] })
    expect(a.body).toContain('Busan (부산) and Alexandria (الإسكندرية)')
    expect(a.body).toContain('Nguyễn, said three vessels had turned back. 🚢')
    expect(a.body).toBe(a.body.normalize('NFC'))
  })

  it('reads Markdown, dropping the heading mark from the title', async () => {
    const a = await article('notes/field-notes.md', readImportFixture('field-notes.md'))
    expect(a).toMatchObject({ title: 'Field notes: checkpoint visit', format: 'md', fileName: 'field-notes.md' })
  })

  it('imports invalid UTF-8 with U+FFFD and a warning on the article', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Ministry statement\n\nThe minister said '),
      Buffer.from([0xc3, 0x28, 0xa0]),
      Buffer.from(' nothing.')
    ])
    const a = await article('bad-bytes.txt', bytes)
    expect(a.body).toBe('The minister said \uFFFD(\uFFFD nothing.')
    expect(a.warnings).toEqual([expect.stringMatching(/not valid UTF-8.*U\+FFFD/)])
  })

  it('reads .txt, .md and .html saved as UTF-16 (Notepad\'s "Unicode"), little- and big-endian', async () => {
    const utf16 = (text: string, endian: 'le' | 'be') => {
      const le = Buffer.from('\uFEFF' + text, 'utf16le')
      return endian === 'le' ? le : le.swap16()
    }
    for (const endian of ['le', 'be'] as const) {
      const txt = await article('notepad.txt', utf16('Ministry statement\n\nThe minister said “no” — 서울 🚢.', endian))
      expect(txt).toMatchObject({ title: 'Ministry statement', body: 'The minister said “no” — 서울 🚢.', warnings: [] })
      const md = await article('notes.md', utf16('# Field notes\n\nSeen at the checkpoint.', endian))
      expect(md).toMatchObject({ title: 'Field notes', body: 'Seen at the checkpoint.' })
      const html = await article(
        'page.html',
        utf16('<html><head><title>Port strike</title></head><body><p>Pilots walked out at dawn.</p></body></html>', endian)
      )
      expect(html.body).toContain('Pilots walked out at dawn.')
    }
  })

  it('keeps a 200 KB single paragraph whole', async () => {
    const paragraph = 'The convoy moved north at dawn and was seen near the river crossing. '.repeat(3000).trim()
    expect(paragraph.length).toBeGreaterThan(200_000)
    const a = await article('long.txt', Buffer.from(paragraph))
    expect(a.body).toBe(paragraph)
    expect(a.title).toBe('long')
  })

  it('uses the file name as the title when the text has none, and shortens a very long title', async () => {
    expect((await article('dir/sub/no title here.txt', Buffer.from('Just one paragraph.'))).title).toBe('no title here')
    const long = await article('x.txt', Buffer.from(`${'Long '.repeat(100)}\n\nBody.`))
    expect(long.title.length).toBe(300)
    expect(long.title.endsWith('…')).toBe(true)
  })

  it('removes control characters with a warning', async () => {
    const a = await article('ctl.txt', Buffer.from('Title\n\nSignal\u0007 lost\u001b at 04:00.'))
    expect(a.body).toBe('Signal lost at 04:00.')
    expect(a.warnings).toEqual(['2 control characters were removed.'])
  })

  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty.txt: is empty.'],
    ['blank.md', Buffer.from(' \n\n \t\n'), 'blank.md: has no text.'],
    [
      'image.png',
      Buffer.from('PNG'),
      'image.png: unsupported format (.png); the importer reads .txt, .md, .markdown, .html, .htm, .pdf, .docx, .jsonld, .qdpx.'
    ],
    ['README', Buffer.from('text'), 'README: unsupported format (no file extension)'],
    ['dump.txt', Buffer.from([0x41, 0x00, 0x42, 0x00]), 'dump.txt: looks like a binary file, not text']
  ])('rejects %s with a message naming it and the reason', async (name, bytes, message) => {
    await expect(prepareFile(name, bytes)).rejects.toThrow(message)
  })

  it('rejects a file over 50 MB', async () => {
    await expect(prepareFile('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 1))).rejects.toThrow(
      'huge.txt: too large to import (50.0 MB; the limit is 50 MB).'
    )
  })

  it('offers the file chooser exactly the extensions it reads', () => {
    expect([...importExtensions].sort()).toEqual(Object.keys(FORMATS).sort())
  })

  it('knows a file by its lower-cased extension', () => {
    expect(extensionOf('A/B/Report.PDF')).toBe('.pdf')
    expect(extensionOf('.hidden')).toBe('')
    expect(extensionOf('C:\\docs\\notes.Md')).toBe('.md')
  })
})
