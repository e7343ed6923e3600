import { describe, expect, it } from 'vitest'
import type { Attribution } from './brat.ts'
import { goldTag, hasNarratorCue } from './gold-tag.ts'

const att = (source: string, cue: string, content: string): Attribution => ({
  source: source ? [{ start: 0, end: source.length, text: source }] : [],
  cue: [{ start: 100, end: 100 + cue.length, text: cue }],
  content: [{ start: 200, end: 200 + content.length, text: content }]
})
const tag = (source: string, cue: string, content: string): string => goldTag(att(source, cue, content)).tag

describe('the tag an attribution gets in the real-news gold', () => {
  it('is evidence for records, polls, data and documents', () => {
    expect(tag('the poll', 'found', 'the mayor leads by six points')).toBe('evidence')
    expect(tag('Court records', 'show', 'the firm paid no tax')).toBe('evidence')
    expect(tag('a new survey', 'according to', 'most residents back the plan')).toBe('evidence')
    expect(tag('Harbour Research', 'said', 'the plan is popular')).toBe('untagged') // a name, not research
    expect(tag('Otto Lind, a data analyst', 'said', 'the plan is popular')).toBe('untagged') // a person, not data
    expect(tag('a poll of 900 voters released Monday', 'shows', 'Roth ahead')).toBe('evidence')
  })

  it('is assess for belief and stance, and speech holding a likelihood', () => {
    expect(tag('Mayor Ines Roth', 'argues', 'the plan is too costly')).toBe('assess')
    expect(tag('analysts', 'expect', 'the council to vote no')).toBe('assess')
    expect(tag('Roth', 'said', 'the vote will probably slip')).toBe('assess')
    expect(tag('Roth', 'said', 'likely voters prefer the plan')).toBe('untagged')
    expect(tag('Roth', 'said', 'women are more likely to vote')).toBe('untagged')
  })

  it('is do-not-yet-know for events no one knows yet, but not for a poll answer', () => {
    expect(tag('', 'it is unclear whether', 'the council will vote')).toBe('do not yet know')
    expect(tag('', 'remains to be seen', 'whether the dam holds')).toBe('do not yet know')
    expect(tag('12 percent of voters', 'are not sure', 'whom they will back')).toBe('poll answer')
    expect(tag('Roth', 'is best known for', 'her budget fights')).toBe('untagged')
  })

  it('leaves hedged speech and news reports undecided', () => {
    expect(tag('Roth', 'seemed', 'to back the plan')).toBe('unsure')
    expect(tag('The vote', 'is expected', 'to slip')).toBe('unsure')
    expect(tag('Roth', 'said', 'she had a chance to win')).toBe('untagged')
    expect(tag('a report in the Gazette', 'said', 'the deal is off')).toBe('unsure')
  })

  it('places a likelihood tag at the likelihood word', () => {
    expect(goldTag(att('Roth', 'said', 'the vote will probably slip')).at).toBe(200 + 'the vote will '.length)
    expect(goldTag(att('Roth', 'believes', 'it slips')).at).toBe(100)
  })
})

describe("the narrator's own cues keep a sentence out of the cue-free set", () => {
  it('holds for estimative and do-not-yet-know words, not for "likely voters"', () => {
    expect(hasNarratorCue('It is not clear how long the deal can last.')).toBe(true)
    expect(hasNarratorCue('The council is likely to vote no.')).toBe(true)
    expect(hasNarratorCue('The poll of 900 likely voters ran Monday.')).toBe(false)
    expect(hasNarratorCue('The hall was full.')).toBe(false)
  })
})
