import { describe, expect, it } from 'vitest'
import { readImportFixture } from '../testing/import-fixtures.ts'
import { PAGE_BREAK } from './pdf-format.ts'
import { prepareFile } from './prepare-file.ts'

describe('importing a PDF', () => {
  it('reads the text layer: the large first line as the title, paragraphs one per line, pages apart', async () => {
    const p = await prepareFile('report.pdf', readImportFixture('report.pdf'))
    if (p.kind !== 'article') throw new Error('expected an article')
    expect(p.article.title).toBe('Reservoir tests find no contamination')
    const [pageOne, pageTwo, ...more] = p.article.body.split(PAGE_BREAK)
    expect(more).toEqual([])
    expect(pageOne!.split('\n')).toEqual([
      'Water authority engineers said on Monday that samples taken from the northern reservoir over three days showed no trace of the industrial solvent reported by residents last week.',
      '"We assess that the supply is safe to drink," the authority said in a statement, adding that a second laboratory would repeat the tests.',
      expect.stringMatching(
        /^Residents quoted the notice in Greek \(Ελληνικά: το νερό είναι ασφαλές\) and Arabic \( ?بيان رسمي: المياه آمنة\)\.$/
      )
    ])
    expect(pageTwo!.split('\n')).toEqual([
      'Page two: there is evidence that the pumping station was shut for maintenance on the day the complaints began.',
      'We do not yet know whether the solvent came from the upstream factory.'
    ])
    expect(p.article.format).toBe('pdf')
  })

  it('refuses a PDF without a text layer, saying it needs OCR', async () => {
    await expect(prepareFile('scan.pdf', readImportFixture('no-text.pdf'))).rejects.toThrow(
      'scan.pdf: has no text layer (a scanned image?); run it through OCR first.'
    )
  })

  it('refuses a password-protected PDF', async () => {
    await expect(prepareFile('locked.pdf', readImportFixture('password.pdf'))).rejects.toThrow('locked.pdf: is password-protected')
  })

  it('refuses a file that is not a PDF, and a damaged one', async () => {
    await expect(prepareFile('fake.pdf', Buffer.from('just some text pretending'))).rejects.toThrow(
      'fake.pdf: is not a PDF (no %PDF header).'
    )
    const truncated = readImportFixture('report.pdf').subarray(0, 600)
    await expect(prepareFile('cut.pdf', truncated)).rejects.toThrow(/^cut\.pdf: (is not a readable PDF|has no text layer)/)
  })
})
