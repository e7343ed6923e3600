// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { paragraphsOf, rangesFor } from './text-ranges.ts'

const BODY = 'Officials said the runway was extended.\nWe assess it is for bombers.\nNobody paid.'

/** The reader's DOM as features/reader draws it: paragraphs with their body offset, claims as marks with a CSS letter. */
function reader(skip: number[] = []): HTMLElement {
  const root = document.createElement('div')
  let at = 0
  BODY.split('\n').forEach((line, i) => {
    if (!skip.includes(i)) {
      const p = document.createElement('p')
      p.dataset.start = String(at)
      if (i === 1) {
        const mark = document.createElement('mark')
        mark.dataset.label = 'A'
        mark.textContent = 'We assess'
        p.append(mark, line.slice('We assess'.length))
      } else p.textContent = line
      root.append(p)
    }
    at += line.length + 1
  })
  document.body.replaceChildren(root)
  return root
}
const texts = (ranges: Range[]) => ranges.map((r) => r.toString())

describe('body offsets to ranges over the reader', () => {
  it('finds a span inside one paragraph, across the marks the reader drew there', () => {
    const from = BODY.indexOf('assess it')
    expect(texts(rangesFor(paragraphsOf(reader()), from, from + 'assess it'.length))).toEqual(['assess it'])
  })

  it('gives a span over a paragraph break one range per paragraph, without the break', () => {
    const from = BODY.indexOf('extended.')
    const to = BODY.indexOf(' it is')
    expect(texts(rangesFor(paragraphsOf(reader()), from, to))).toEqual(['extended.', 'We assess'])
  })

  it('covers only the paragraphs on the page (the reader may not have mounted the rest)', () => {
    expect(texts(rangesFor(paragraphsOf(reader([1])), 0, BODY.length))).toEqual([BODY.split('\n')[0], 'Nobody paid.'])
    expect(rangesFor(paragraphsOf(reader([2])), BODY.indexOf('Nobody'), BODY.length)).toEqual([])
  })
})
