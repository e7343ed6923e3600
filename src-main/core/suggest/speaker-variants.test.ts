import { describe, expect, it } from 'vitest'
import { groupSpeakers } from './speaker-variants.ts'

describe('one entry per speaker in the speakers list', () => {
  it('joins a surname, a titled name and a conjunction-led form to the full name', () => {
    const rows = [
      { name: 'Don Fowler', claims: 2 },
      { name: 'Fowler', claims: 3 },
      { name: 'But Fowler', claims: 1 },
      { name: 'Mr. Fowler', claims: 1 },
      { name: 'Ines Roth', claims: 1 }
    ]
    expect(groupSpeakers(rows)).toEqual([
      { name: 'Don Fowler', claims: 7, variants: ['Don Fowler', 'Fowler', 'But Fowler', 'Mr. Fowler'] },
      { name: 'Ines Roth', claims: 1, variants: ['Ines Roth'] }
    ])
  })

  it('keeps a surname two people share on its own', () => {
    const rows = [
      { name: 'Bill Lind', claims: 1 },
      { name: 'Anna Lind', claims: 1 },
      { name: 'Lind', claims: 4 }
    ]
    expect(groupSpeakers(rows).map((s) => s.name)).toEqual(['Lind', 'Anna Lind', 'Bill Lind'])
  })
})
