import { afterEach, describe, expect, it } from 'vitest'
import type { Database } from '../db/open.ts'
import { compareTexts, pairWith } from '../testing/compare-texts.ts'
import { useTempDir } from '../testing/temp-db.ts'

const tempDir = useTempDir()
const open: Database[] = []
afterEach(async () => {
  for (const d of open.splice(0)) await d.close()
})

async function compare(left: string, right: string) {
  const c = await compareTexts(tempDir(), { text: left }, { text: right })
  open.push(c.database)
  return c
}

const kinds = (p: { conflicts: { kind: string }[] } | undefined) => p?.conflicts.map((c) => c.kind)

// Two outlets' reports of the same story, written for these tests in the way real reporting words things (issue 17).
describe('comparing real reporting', () => {
  it('flags two different head-to-head results, and not shares of one group that say different things', async () => {
    const c = await compare(
      'Lind leads new poll\n\nAnna Lind leads Erik Moberg 52 percent to 38 percent in a head-to-head race, a Vaasa College poll found on Tuesday.\n\n' +
        'Among Liberals, 72 percent of Liberals back Lind in the race.',
      'Moberg trails in poll\n\nAnna Lind leads Erik Moberg 46 percent to 41 percent in a head-to-head race, according to a Vaasa College poll.\n\n' +
        'Some 76 percent of Liberals believe the economy is getting worse, the Vaasa College poll found.'
    )
    const lead = pairWith(c, '52 percent to 38 percent', '46 percent to 41 percent')
    expect(lead?.relation).toBe('conflicts')
    expect(lead?.conflicts).toContainEqual({ kind: 'number', left: '52 percent to 38 percent', right: '46 percent to 41 percent' })
    const shares = c.pairs.filter((p) => p.left?.quote.includes('72 percent') && p.right?.quote.includes('76 percent'))
    for (const p of shares) expect(kinds(p)).not.toContain('number')
  })

  it('agrees on "roughly $1 billion" and "$1.14 billion", and reads "raise $1 billion." whole', async () => {
    const c = await compare(
      'Lind fundraising\n\nThe Lind campaign has raised roughly $1 billion since March, its treasurer Ola Berg said on Monday.',
      'Lind money\n\nThe Lind campaign has raised $1.14 billion since March, filings show, treasurer Ola Berg said.'
    )
    expect(pairWith(c, 'roughly $1 billion', '$1.14 billion')?.relation).toBe('agrees')
    const goal = await compare(
      'Lind goal\n\nThe Lind campaign hopes to raise $1 billion.\n\nIts treasurer Ola Berg set the goal in March.',
      'Lind target\n\nTreasurer Ola Berg said the Lind campaign hopes to raise $1 billion by the end of the year.'
    )
    const p = pairWith(goal, 'raise $1 billion', 'raise $1 billion')
    expect(p?.relation).toBe('agrees')
  })

  it('flags an explicit correction against the claim it corrects, though the correction gives both figures', async () => {
    const c = await compare(
      'Flood in Varn\n\nThe army said 65 people died in the Varn flood on Sunday.',
      'Varn flood toll disputed\n\nThe Varn Monitor puts the toll of the Varn flood at 40, not the 65 given by the army on Sunday.'
    )
    const p = pairWith(c, '65 people died', 'not the 65')
    expect(p?.relation).toBe('conflicts')
    expect(kinds(p)).toContain('number')
  })

  it('pairs a denial worded otherwise ("no record … signed off") with the claim it denies ("approved")', async () => {
    const c = await compare(
      'Berg backs port deal\n\nFinance Minister Anna Berg approved the port deal on Friday, officials said.',
      'Questions over port deal\n\nThere is no record that Anna Berg signed off on the port deal, the Halden Post found.'
    )
    const p = pairWith(c, 'Anna Berg approved the port deal', 'no record that Anna Berg signed off')
    expect(p?.relation).toBe('conflicts')
    expect(kinds(p)).toContain('negation')
  })

  it('shares real names only: no single letters, no sentence openers, no headline fragments', async () => {
    const c = await compare(
      'Lind Trails Moberg In New Vaasa College Poll\n\nUnlike Obama, Anna Lind trails Erik Moberg in S. Korea and Vaasa, a Vaasa College poll found.',
      'Moberg Leads Lind In New Vaasa College Poll\n\nUnlike Obama, Erik Moberg leads Anna Lind in S. Korea and Vaasa, the Vaasa College poll said.'
    )
    const names = c.sharedEntities.map((e) => e.name)
    expect(names).toEqual(expect.arrayContaining(['Anna Lind', 'Erik Moberg', 'Vaasa College', 'Obama']))
    expect(names).not.toContain('S')
    expect(names).not.toContain('Unlike Obama')
    expect(names.filter((n) => /Trails|Leads|Poll/.test(n))).toEqual([])
  })
})
