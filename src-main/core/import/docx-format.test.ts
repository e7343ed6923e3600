import { describe, expect, it } from 'vitest'
import { readImportFixture } from '../testing/import-fixtures.ts'
import { prepareFile } from './prepare-file.ts'

describe('importing a Word document', () => {
  it('takes the Title paragraph as the title and every other paragraph as one line of the body', async () => {
    const p = await prepareFile('report.docx', readImportFixture('report.docx'))
    if (p.kind !== 'article') throw new Error('expected an article')
    expect(p.article.title).toBe('Reservoir tests find no contamination')
    expect(p.article.body.split('\n')).toEqual([
      'Water authority engineers said on Monday that samples taken from the northern reservoir over three days showed no trace of the industrial solvent reported by residents last week.',
      '"We assess that the supply is safe to drink," the authority said in a statement, adding that a second laboratory would repeat the tests.',
      'Residents quoted the notice in Greek (Ελληνικά: το νερό είναι ασφαλές) and Arabic (بيان رسمي: المياه آمنة).',
      'Page two: there is evidence that the pumping station was shut for maintenance on the day the complaints began.',
      'We do not yet know whether the solvent came from the upstream factory.'
    ])
  })

  it('refuses an old .doc file, a file that is not a ZIP package, and a damaged package', async () => {
    await expect(prepareFile('old.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow(
      'old.docx: is an old Word .doc file'
    )
    await expect(prepareFile('notes.docx', Buffer.from('plain text'))).rejects.toThrow(
      'notes.docx: is not a Word .docx document (not a ZIP package).'
    )
    const damaged = readImportFixture('report.docx').subarray(0, 900)
    await expect(prepareFile('cut.docx', damaged)).rejects.toThrow(/^cut\.docx: is not a readable Word document/)
  })
})
