import { describe, expect, it } from 'vitest'
import { analyzeBody } from './analyze.ts'
import { entitiesIn, isTitleCase, sameEntity } from './entities.ts'

const names = (text: string, known: string[] = []) => entitiesIn(text, analyzeBody(text), known).map((e) => `${e.name}:${e.kind}`)

describe('named entities', () => {
  it('finds people (titles stripped), places and organizations', () => {
    expect(names('President Volodymyr Zelensky spoke to the Northgate Monitoring Project about Belmora air base.')).toEqual([
      'Volodymyr Zelensky:person',
      'Northgate Monitoring Project:organization',
      'Belmora:place'
    ])
  })

  it('resolves aliases, demonyms and capitals to one name', () => {
    expect(names('There is evidence that DPRK troops and North Korean units reached Pyongyang.')).toEqual([
      'North Korea:place',
      'North Korea:place',
      'North Korea:place'
    ])
    expect(names('Washington and the US agree.')).toEqual(['United States:place', 'United States:place'])
  })

  it('resolves a surname to the full name used earlier', () => {
    expect(names('Analyst Ilse Varga spoke. Later, Varga said more.')).toEqual(['Ilse Varga:person', 'Ilse Varga:person'])
  })

  it('does not take capitalized sentence openers or months for names, unless the name is known elsewhere', () => {
    expect(names('Commercial imagery shows jets. Opposition lawmakers met in August.')).toEqual([])
    expect(names('Westmark lies near the border.', ['Westmark']).map((n) => n.split(':')[0])).toEqual(['Westmark'])
  })

  it('does not run a name across punctuation', () => {
    expect(names('"Troops are in Russia," Austin told reporters.')).toEqual(['Russia:place', 'Austin:person'])
  })

  it('matches a surname with the full name', () => {
    expect(sameEntity({ key: 'zelensky' }, { key: 'volodymyr zelensky' })).toBe(true)
    expect(sameEntity({ key: 'belmora' }, { key: 'calder' })).toBe(false)
  })

  it('reads no name into sentence openers, single letters, party words or a person\'s "of"', () => {
    expect(names('Unlike Obama, Anna Lind won. Despite Moberg, she led. S. Korea agreed.')).toEqual([
      'Obama:person',
      'Anna Lind:person',
      'Moberg:other',
      'Korea:place'
    ])
    expect(names('The Tennessee Republican met Democratic voters, the Republican Party and Ted Cruz of Texas.')).toEqual([
      'Tennessee:place',
      'Republican Party:organization',
      'Ted Cruz:person',
      'Texas:place'
    ])
  })

  it('tells a title-case headline from a sentence', () => {
    expect(isTitleCase('Lind Trails Moberg In New Vaasa College Poll')).toBe(true)
    expect(isTitleCase('Lind trails Moberg in new Vaasa College poll')).toBe(false)
  })
})
