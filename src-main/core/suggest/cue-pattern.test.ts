import { describe, expect, it } from 'vitest'
import { compilePattern, matchAt, PatternError } from './cue-pattern.ts'
import { tokenize } from './tokens.ts'

/** The text a pattern matches at the start of `text`, or null. */
function match(pattern: string, text: string): string | null {
  const toks = tokenize(text)
  const end = matchAt(compilePattern(pattern), toks, 0)
  return end < 0 ? null : text.slice(0, toks[end - 1]!.end)
}

describe('cue phrase patterns', () => {
  it('match whole words in any inflection, without case', () => {
    expect(match('records show', 'Records showed a rise')).toBe('Records showed')
    expect(match('records show', 'Records shown earlier')).toBe('Records shown')
    expect(match('we find', 'We found contamination')).toBe('We found')
    expect(match('we assess', 'We assessed that')).toBe('We assessed')
    expect(match('likely', 'likelihood')).toBeNull()
  })

  it('read contractions as their words', () => {
    expect(match('do not know', "don't know")).toBe("don't know")
    expect(match('can not say', "can't say")).toBe("can't say")
    expect(match('can not say', 'cannot say')).toBe('cannot say')
  })

  it('take alternatives, optional words and exact forms', () => {
    expect(match('(imagery|data) show', 'data show')).toBe('data show')
    expect(match('do not [yet] know', 'do not yet know')).toBe('do not yet know')
    expect(match('do not [yet] know', 'do not know')).toBe('do not know')
    expect(match('not =confirmed', 'not confirmed')).toBe('not confirmed')
    expect(match('not =confirmed', 'not confirm')).toBeNull()
  })

  it('let a subject carry a short description before its verb, but not a compound noun or a modal', () => {
    expect(match('imagery … show', 'imagery taken on Sunday shows')).toBe('imagery taken on Sunday shows')
    expect(match('imagery … show', 'imagery did not show')).toBe('imagery did not show')
    expect(match('evidence … show', 'evidence bags showed')).toBeNull()
    expect(match('imagery … show', 'imagery would show')).toBeNull()
    expect(match('according to * data', 'according to new shipping data')).toBe('according to new shipping data')
  })

  it('refuse malformed phrases with a message naming the phrase', () => {
    expect(() => compilePattern('(a|b')).toThrow(PatternError)
    expect(() => compilePattern('… show')).toThrow(/cannot start with a gap/)
    expect(() => compilePattern('show …')).toThrow(/cannot end with a gap/)
    expect(() => compilePattern('a (b (c|d))')).toThrow(/groups hold words/)
    expect(() => compilePattern('[yet]')).toThrow(/no word that must appear/)
    expect(() => compilePattern('we <assess>')).toThrow(/"we <assess>"/)
  })
})
