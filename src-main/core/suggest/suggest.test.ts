import { describe, expect, it } from 'vitest'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims, type Suggestion } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
const tagged = (body: string): Suggestion[] => suggestClaims(body, lexicon).filter((s) => s.confidence)
const speakers = (body: string): [string, string][] => tagged(body).map((s) => [s.quote, s.attributedTo])

describe('who makes each claim', () => {
  it('takes the speaker of a quotation from "X said", "said X" and "X told reporters", with titles dropped', () => {
    const body = [
      'Defense Secretary Lloyd Austin spoke on Wednesday.',
      '"There is evidence that troops are in Russia," Austin told reporters.',
      '"We assess that they moved in October," said Dr. Helena Oduya, the agency\'s chief analyst.',
      'Ministry spokesman Aurel Dinescu said: "We do not know yet what their mission is."'
    ].join('\n')
    expect(speakers(body)).toEqual([
      ['There is evidence that troops are in Russia', 'Lloyd Austin'],
      ['We assess that they moved in October', 'Helena Oduya'],
      ['We do not know yet what their mission is', 'Aurel Dinescu']
    ])
  })

  it('resolves "he said" and a quotation with no tag to the last named speaker', () => {
    const body = [
      'National Security Council spokesman John Kirby gave more detail.',
      '"We assess that the troops sailed from Wonsan," Kirby said.',
      '"We do not yet know whether they will fight," he said.',
      '"It is likely that more will follow."'
    ].join('\n')
    expect(speakers(body).map(([, who]) => who)).toEqual(['John Kirby', 'John Kirby', 'John Kirby'])
  })

  it('attributes a quotation over several sentences to the tag at its end', () => {
    const body =
      'The board\'s chief engineer, Sofia Brandt, spoke on Friday. "The scans show the cracks are shallow. We do not yet know how deep they go," she said.'
    expect(speakers(body)).toEqual([
      ['The scans show the cracks are shallow', 'Sofia Brandt'],
      ['We do not yet know how deep they go', 'Sofia Brandt']
    ])
  })

  it('gives reported belief to the believer and reported speech to the speaker', () => {
    expect(speakers('US officials do not believe any troops have reached Ukraine so far.')[0]![1]).toBe('US officials')
    expect(
      speakers(
        'Western officials, speaking on condition of anonymity, said they believe the deployment is probably linked to exercises.'
      )[0]![1]
    ).toBe('Western officials')
    expect(speakers("The employers' association said it is unlikely that a deal will be reached.")[0]![1]).toBe("employers' association")
    expect(speakers('Economists at Coastline Bank estimate that the strike costs 60 million euros a day.')[0]![1]).toBe('Coastline Bank')
  })

  it('reads "according to X" and a trailing ", X said" as the speaker', () => {
    expect(speakers('Imagery shows 12 aircraft at the base, according to analysts at the Northgate Monitoring Project.')[0]![1]).toBe(
      'Northgate Monitoring Project'
    )
    expect(speakers('Laboratory analysis shows the pills contain no active ingredient, agency spokesman Ivo Brandt said.')[0]![1]).toBe(
      'Ivo Brandt'
    )
    expect(speakers('According to a senior Western diplomat, the tankers probably carried 9 million barrels.')[0]![1]).toBe(
      'a senior Western diplomat'
    )
    expect(speakers('Tests showed lead in the water, according to a statement from the Kessel Water Board.')[0]![1]).toBe(
      'Kessel Water Board'
    )
  })

  it('resolves "the agency" and "Dr. Oduya" to the fuller name used earlier', () => {
    const body = [
      "Ukraine's military intelligence agency said on Monday that 11,000 soldiers are in Kursk.",
      '"There is evidence that the units trained with marines," the agency said in a statement.',
      'The test was run by Dr. Helena Oduya. Dr. Oduya said the authority does not yet know how long the notice will last.'
    ].join('\n')
    expect(speakers(body).map(([, who]) => who)).toEqual(["Ukraine's military intelligence agency", 'Helena Oduya'])
  })

  it('reads "It said" as the organisation that spoke last and "the regulator" as its fuller mention', () => {
    const mission =
      'The monitoring mission said in its report that 312 violations were recorded.\nIt said it could not determine which side had fired first.'
    expect(speakers(mission).at(-1)).toEqual(['It said it could not determine which side had fired first.', 'monitoring mission'])
    const regulator =
      'The financial regulator fined Harbour Bank 48 million euros on Thursday.\nThe regulator said its investigation had established that the bank broke the rules.'
    expect(speakers(regulator)).toEqual([
      ['The regulator said its investigation had established that the bank broke the rules.', 'financial regulator']
    ])
  })

  it('finds the organisation behind a role, a report or a group noun, and a name behind an acronym and titles', () => {
    expect(speakers('Officials at the energy ministry said they suspected an equipment failure.')[0]![1]).toBe('energy ministry')
    expect(speakers('Images show no tanks at the base, according to the open-source research group Geowatch.')[0]![1]).toBe('Geowatch')
    const report =
      'Inspectors found traces of uranium, the agency said in a report.\nThe report says the particles were probably made before 2020.'
    expect(speakers(report).at(-1)![1]).toBe('agency')
    const soto =
      'IAEA Director General Rafael Soto spoke on Monday.\nSoto added that the agency could not verify whether equipment had been removed.'
    expect(speakers(soto)[0]![1]).toBe('Rafael Soto')
  })

  it('names whose study found something, and who has not yet determined something', () => {
    expect(speakers('Households cut their bills by 31 percent, a study by the Nordvik Energy Institute found.')[0]![1]).toBe(
      'Nordvik Energy Institute'
    )
    expect(speakers('Prosecutors have not yet determined who owns the truck.')[0]![1]).toBe('Prosecutors')
    expect(speakers('The cause of the collision was not yet known on Friday.')[0]![1]).toBe('')
  })

  it("leaves the narrator's own claims to the outlet ('')", () => {
    expect(
      speakers('It remains unclear whether the government will step in to mediate; a ministry spokeswoman declined to comment.')
    ).toEqual([['It remains unclear whether the government will step in to mediate', '']])
    expect(speakers('We assess that Vostria will probably test a missile within 12 months.')[0]![1]).toBe('')
  })
})

describe('the span of a suggestion', () => {
  it('is the quoted words without the quotation marks and the speech tag', () => {
    const body = '"There is evidence that there are DPRK troops in Russia," Austin told reporters at a news conference.'
    const [s] = tagged(body)
    expect(s).toMatchObject({
      quote: 'There is evidence that there are DPRK troops in Russia',
      confidence: 'evidence',
      cue: { text: 'There is evidence' }
    })
  })

  it("is the narrator's clause before a trailing attribution, or the whole sentence", () => {
    const body =
      'Laboratory tests confirmed high levels of E. coli bacteria in the Lindvale reservoir, the regional water authority said on Thursday, and residents were told to boil water.\n' +
      'Police believe the same network was behind a smaller seizure in May.'
    expect(tagged(body).map((s) => s.quote)).toEqual([
      'Laboratory tests confirmed high levels of E. coli bacteria in the Lindvale reservoir',
      'Police believe the same network was behind a smaller seizure in May.'
    ])
  })

  it('always quotes the body at its offsets, cue inside the claim', () => {
    const body =
      'Intro line\n"We assess, with high confidence, that 3,000 troops moved," Kirby said. It is unclear why. The port handles 900 containers a day.'
    const all = suggestClaims(body, lexicon)
    expect(all.length).toBeGreaterThanOrEqual(3)
    for (const s of all) {
      expect(body.slice(s.start, s.end)).toBe(s.quote)
      if (s.cue) {
        expect(body.slice(s.cue.start, s.cue.end)).toBe(s.cue.text)
        expect(s.cue.start >= s.start && s.cue.end <= s.end).toBe(true)
      }
    }
  })

  it('makes one suggestion per quoted or narrated part that holds a cue', () => {
    const body =
      'One official said agencies were still working to establish whether the aircraft were armed, adding: "We do not know yet what their mission is."'
    expect(tagged(body).map((s) => [s.quote, s.attributedTo])).toEqual([
      ['One official said agencies were still working to establish whether the aircraft were armed, adding', 'an official'],
      ['We do not know yet what their mission is', 'an official']
    ])
  })
})

describe('a long report', () => {
  it('suggests claims all through a 200 KB single paragraph', () => {
    const unit =
      '"We assess that 3,000 troops moved in Oct. 2024," said Gen. Mark Smith. Dr. Oduya said it is unclear why. ' +
      'Laboratory tests confirmed E. coli in the U.S. samples, the agency said. The port handles 900 containers a day. '
    const body = unit.repeat(Math.ceil(200_000 / unit.length))
    const all = suggestClaims(body, lexicon)
    const copies = Math.ceil(200_000 / unit.length)
    expect(all).toHaveLength(4 * copies)
    expect(all.filter((s) => s.confidence === 'do not yet know')).toHaveLength(copies)
    expect(all.at(-1)).toMatchObject({ quote: 'The port handles 900 containers a day.', confidence: null })
    expect(all.at(-4)).toMatchObject({ confidence: 'assess', attributedTo: 'Mark Smith' })
  })
})

describe('untagged candidate claims', () => {
  it('proposes cue-free statements with a quantity, date or named actor, untagged and scored below tagged ones', () => {
    const body =
      'The port handles about 900 containers a day. The two countries signed a defence pact in June. We assess that it is likely. Nothing much here at all today.'
    const all = suggestClaims(body, lexicon)
    const untagged = all.filter((s) => s.confidence === null).map((s) => s.quote)
    expect(untagged).toEqual(['The port handles about 900 containers a day.', 'The two countries signed a defence pact in June.'])
    const top = Math.max(...all.filter((s) => s.confidence === null).map((s) => s.score))
    expect(all.find((s) => s.confidence === 'assess')!.score).toBeGreaterThan(top)
  })

  it('does not propose questions', () => {
    expect(suggestClaims('Did 3,000 soldiers really cross the border in June?', lexicon)).toEqual([])
  })
})
