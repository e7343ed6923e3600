import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../db/open.ts'
import { compareTexts, pairWith, type Report } from '../testing/compare-texts.ts'
import { useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()
const open: Database[] = []
afterEach(async () => {
  for (const d of open.splice(0)) await d.close()
})

async function compare(left: Report | string, right: Report | string) {
  const c = await compareTexts(
    tempDir(),
    typeof left === 'string' ? { text: left } : left,
    typeof right === 'string' ? { text: right } : right
  )
  open.push(c.database)
  return c
}

const kinds = (p: { conflicts: { kind: string }[] } | undefined) => p?.conflicts.map((c) => c.kind)

// Report pairs written for these tests (not the sample corpus): each says the same thing
// twice, in other words, or disagrees in one way.
describe('comparing two reports', () => {
  it('finds a plain agreement and lists the shared names', async () => {
    const c = await compare(
      'Flooding closes Rivermouth bridge\n\nThe Rivermouth bridge was closed on Thursday after floodwater damaged its northern supports, the Harlan roads agency said.\n\nThe mayor, Petra Lund, opened a new library in Osterby.',
      'Rivermouth bridge shut after floods\n\nAuthorities closed the Rivermouth bridge on Thursday because floodwater damaged the northern supports.\n\nA cargo ship ran aground near Kelso harbour on Friday.'
    )
    const p = pairWith(c, 'Rivermouth bridge was closed', 'closed the Rivermouth bridge')
    expect(p?.relation).toBe('agrees')
    expect(p?.sharedEntities).toContain('Rivermouth')
    expect(c.sharedEntities.map((e) => e.name)).toContain('Rivermouth')
    expect(c.pairs.find((x) => x.left?.quote.includes('Petra Lund'))?.relation).toBe('only left')
    expect(c.pairs.find((x) => x.right?.quote.includes('Kelso'))?.relation).toBe('only right')
  })

  it('pairs a reworded claim through the concept lexicon (warships ≈ vessels, missiles ≈ rockets)', async () => {
    const c = await compare(
      'Navy watch\n\nOfficials assess that the Vardan warships carried anti-ship missiles.',
      'Fleet movements\n\nAnalysts believe the Vardan vessels were loaded with rockets.'
    )
    expect(pairWith(c, 'warships carried anti-ship missiles', 'vessels were loaded with rockets')?.relation).toBe('agrees')
  })

  /** The one pair of two reports of the same rally, counted as `a` by the police and `b` by the organisers. */
  const rallyPair = async (a: string, b: string) =>
    pairWith(
      await compare(
        `Rally in Varn\n\nPolice said ${a} protesters gathered in Varn Square on Saturday.`,
        `Varn protest\n\nOrganisers said ${b} demonstrators gathered in Varn Square on Saturday.`
      ),
      'protesters gathered',
      'demonstrators gathered'
    )

  it.each([
    ['3,000', 'three thousand'],
    ['3k', '3,000'],
    ['three thousand', '3k'],
    ['about 10,000', 'roughly 10,000']
  ])('reads "%s" and "%s" as the same figure', async (a, b) => {
    const p = await rallyPair(a, b)
    expect(p?.relation).toBe('agrees')
  })

  it.each([
    ['at least 3,000', 'some eleven thousand'],
    ['three thousand', 'about 11,000'],
    ['3k', '11,000'],
    ['at least 12', 'eight']
  ])('flags "%s" against "%s" as a number conflict on the same subject', async (a, b) => {
    const p = await rallyPair(a, b)
    expect(p?.relation).toBe('conflicts')
    expect(p?.conflicts).toEqual([{ kind: 'number', left: `${a} protesters`, right: `${b} demonstrators` }])
  })

  it('flags a denial of what the other report affirms', async () => {
    const c = await compare(
      'Border incident\n\nThe army confirmed that its troops crossed the border near Dalsk on Tuesday.',
      'Ministry statement\n\nThe defence ministry denied that any soldiers had crossed the border near Dalsk.'
    )
    const p = pairWith(c, 'crossed the border near Dalsk', 'denied that any soldiers had crossed')
    expect(kinds(p)).toEqual(['negation'])
    expect(p?.conflicts[0]).toMatchObject({ left: 'affirms', right: 'denies (denied)' })
  })

  it('flags different dates for the same event, and not the dates statements were made', async () => {
    const c = await compare(
      {
        text: 'Harlow blast\n\nThe explosion at the Harlow chemical plant happened on 3 March 2025, the fire service said on Friday.',
        published: '2025-03-07'
      },
      {
        text: 'Harlow plant\n\nInvestigators said on Monday that the explosion at the Harlow chemical plant happened on 5 March 2025.',
        published: '2025-03-10'
      }
    )
    const p = pairWith(c, 'explosion at the Harlow chemical plant', 'explosion at the Harlow chemical plant')
    expect(p?.conflicts).toEqual([{ kind: 'date', left: '3 March 2025', right: '5 March 2025' }])
  })

  it('flags evidence against assess on the same claim', async () => {
    const c = await compare(
      'Lindholm water\n\nThere is evidence that the Lindholm reservoir was contaminated with sewage.',
      'Lindholm supply\n\nEngineers assess that the Lindholm reservoir was contaminated with sewage.'
    )
    const p = pairWith(c, 'Lindholm reservoir was contaminated', 'Lindholm reservoir was contaminated')
    expect(p?.conflicts).toEqual([{ kind: 'confidence', left: 'evidence', right: 'assess' }])
    expect(p?.left?.confidence).toBe('evidence')
    expect(p?.right?.confidence).toBe('assess')
  })

  it('pairs two do-not-yet-know claims on the same open question in other words', async () => {
    const c = await compare(
      'Convoy sighted\n\nThe convoy reached Tarsk on Sunday. "We cannot yet say whether the trucks are carrying weapons," a spokesman said.',
      'Tarsk convoy\n\nOfficials are still working to establish whether the lorries were loaded with ammunition.'
    )
    const p = pairWith(c, 'whether the trucks are carrying weapons', 'whether the lorries were loaded with ammunition')
    expect(p?.relation).toBe('agrees')
  })

  it('does not pair claims about different things', async () => {
    const c = await compare(
      'Harbour fire\n\nA fire destroyed two warehouses at Kelso harbour on Monday.',
      'School budget\n\nThe Osterby council approved a budget of 12 million euros for new schools.'
    )
    expect(c.pairs.map((p) => p.relation).sort()).toEqual(['only left', 'only right'])
  })
})
