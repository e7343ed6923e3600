import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { ClaimRow } from '../../../src-main/contract/index.ts'
import { claimSearchText, foldText } from '../../../src-main/contract/text-fold.ts'
import { filterClaims, textIndex, textMatches } from './filter-claims.ts'
import { personLookup, speakerForms } from './ClaimFilters.tsx'

const claim = (id: number, quote: string, confidence: ClaimRow['confidence'], attributedTo = '', note = ''): ClaimRow => ({
  id,
  articleId: 1,
  articleTitle: 'A',
  start: 0,
  end: 1,
  quote,
  prefix: '',
  suffix: '',
  confidence,
  attributedTo,
  note,
  sourceReliability: null,
  claimCredibility: null,
  cue: null,
  createdAt: '',
  updatedAt: ''
})

const rows = [
  claim(1, 'At least 3,000 soldiers', 'assess', 'John Kirby'),
  claim(2, 'There is evidence of DPRK troops', 'evidence', 'Lloyd Austin', 'growth 50%'),
  claim(3, 'We do not yet know', 'do not yet know', 'john kirby'),
  claim(4, 'Untagged fact', null)
]
const none = { text: '', confidence: [], speaker: '' }

describe('filtering claims in the table', () => {
  it('lets everything through when no filter is set, keeping the order', () => {
    expect(filterClaims(rows, none)).toBe(rows)
  })

  it('matches text in quote, note or speaker, ignoring case', () => {
    expect(filterClaims(rows, { ...none, text: 'KIRBY' }).map((c) => c.id)).toEqual([1, 3])
    expect(filterClaims(rows, { ...none, text: '50%' }).map((c) => c.id)).toEqual([2])
  })

  it('keeps any of the chosen tags, including untagged', () => {
    expect(filterClaims(rows, { ...none, confidence: ['assess', 'none'] }).map((c) => c.id)).toEqual([1, 4])
  })

  it('folds case and accents, locale-independently: Müller/MÜLLER/Muller, Ødegaard, Turkish İ', () => {
    const people = [
      claim(1, 'said', null, 'Müller'),
      claim(2, 'said', null, 'MÜLLER'),
      claim(3, 'said', null, 'Muller'),
      claim(4, 'Ødegaard scored', null),
      claim(5, 'İstanbul', null, 'Işık')
    ]
    const ids = (f: Partial<typeof none>) => filterClaims(people, { ...none, ...f }).map((c) => c.id)
    expect(ids({ text: 'müller' })).toEqual([1, 2, 3])
    expect(ids({ text: 'MULLER' })).toEqual([1, 2, 3])
    expect(ids({ speaker: 'muller' })).toEqual([1, 2, 3])
    expect(ids({ text: 'odegaard' })).toEqual([4])
    expect(ids({ text: 'ØDEGAARD' })).toEqual([4])
    expect(ids({ text: 'istanbul' })).toEqual([5])
    expect(ids({ text: 'ISTANBUL' })).toEqual([5])
    expect(ids({ speaker: 'ISIK' })).toEqual([5])
  })

  it('matches the speaker exactly, ignoring case, and combines filters', () => {
    expect(filterClaims(rows, { ...none, speaker: 'John Kirby' }).map((c) => c.id)).toEqual([1, 3])
    expect(filterClaims(rows, { text: 'know', confidence: ['do not yet know'], speaker: 'JOHN KIRBY' }).map((c) => c.id)).toEqual([3])
  })
})

describe('the text index of a claim list', () => {
  it('finds the rows whose quote, note or speaker hold the text, one hit per row', () => {
    const index = textIndex(rows)
    expect([...textMatches(index, 'kirby')]).toEqual([1, 0, 1, 0])
    expect([...textMatches(index, 'e')]).toEqual([1, 1, 1, 1])
    expect([...textMatches(index, 'fact')]).toEqual([0, 0, 0, 1])
    expect([...textMatches(index, 'nowhere')]).toEqual([0, 0, 0, 0])
    expect([...textMatches(textIndex([]), 'a')]).toEqual([])
  })

  it('gives the same rows as a substring test per claim, whatever the texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'İ', 'ß', 'ü', 'Ø', ' ', '\u0000', '\u0001', '\u001f'), maxLength: 6 })
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text), { maxLength: 12 }),
        text.filter((t) => t.trim() !== ''),
        (fields, needle) => {
          const list = fields.map(([quote, note, speaker], i) => claim(i, quote, null, speaker, note))
          const want = foldText(needle.trim())
          const naive = list.filter((c) => claimSearchText(c.quote, c.note, c.attributedTo).includes(want))
          expect(filterClaims(list, { ...none, text: needle }, textIndex(list))).toEqual(naive)
          expect(filterClaims(list, { ...none, text: needle })).toEqual(naive)
        }
      )
    )
  })
})

describe('a speaker is a person: the filter and the grouping take all its stored forms', () => {
  const speakers = [
    { name: 'Don Fowler', variants: ['Don Fowler', 'Fowler', 'But Fowler'] },
    { name: 'John Kirby', variants: ['John Kirby'] }
  ]
  const people = [
    claim(1, 'a', null, 'Fowler'),
    claim(2, 'b', null, 'Don Fowler'),
    claim(3, 'c', null, 'But Fowler'),
    claim(4, 'd', null, 'John Kirby'),
    claim(5, 'e', null, 'Somebody')
  ]
  it('filters by every form of the chosen person, from its name or one of its forms', () => {
    const ids = (speaker: string) =>
      filterClaims(people, { text: '', confidence: [], speaker: speakerForms(speaker, speakers) }).map((c) => c.id)
    expect(ids('Don Fowler')).toEqual([1, 2, 3])
    expect(ids('Fowler')).toEqual([1, 2, 3])
    expect(ids('somebody')).toEqual([5]) // a name in no entry (a kept filter): itself, folded
  })
  it('groups each form under its person', () => {
    const personOf = personLookup(speakers)
    expect(people.map((c) => personOf(c.attributedTo))).toEqual(['Don Fowler', 'Don Fowler', 'Don Fowler', 'John Kirby', 'Somebody'])
  })
})
