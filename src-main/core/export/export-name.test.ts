import { describe, expect, it } from 'vitest'
import { fileNamePart, suggestedName } from './export-jobs.ts'

const day = new Date('2026-12-03T10:00:00Z')

describe('the suggested file name says what the export holds', () => {
  it("an article's export is named after its title, the corpus export after all articles", () => {
    const article = suggestedName(
      { format: 'csv', selection: { ids: [1, 2] }, label: 'Pentagon chief confirms North Korean soldiers are in Russia' },
      day
    )
    const all = suggestedName({ format: 'csv', selection: { ids: [1, 2, 3] }, label: 'all articles' }, day)
    expect(article).toBe('claims-pentagon-chief-confirms-north-korean-soldiers-are-in-russia-2026-12-03.csv')
    expect(all).toBe('claims-all-articles-2026-12-03.csv')
    expect(article).not.toBe(all)
  })

  it('keeps letters of any script and drops what a file system may refuse', () => {
    expect(fileNamePart('Порт: «забастовка» / 부산 ?*')).toBe('порт-забастовка-부산')
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd')
    expect(fileNamePart('***')).toBe('')
  })

  it('without a label: the article of an article query, else plain claims', () => {
    expect(suggestedName({ format: 'jsonld', selection: { query: { articleId: 7 } } }, day)).toBe('claims-article-7-2026-12-03.jsonld')
    expect(suggestedName({ format: 'csv', selection: { ids: [1] }, label: '***' }, day)).toBe('claims-2026-12-03.csv')
  })
})
