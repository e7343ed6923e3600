import { describe, expect, it } from 'vitest'
import { commandForKey, shortcuts } from './shortcuts.ts'

const key = (k: string, mod = false, shift = false) => commandForKey({ key: k, mod, shift, alt: false })

describe('keyboard shortcuts', () => {
  it('maps 1/2/3/0 to the three tags and clearing', () => {
    expect([key('1'), key('2'), key('3'), key('0')]).toEqual(['tag-evidence', 'tag-assess', 'tag-unknown', 'tag-clear'])
  })

  it('tells undo from redo by Shift, and ignores plain z', () => {
    expect(key('z', true)).toBe('undo')
    expect(key('Z', true, true)).toBe('redo')
    expect(key('y', true)).toBe('redo')
    expect(key('z')).toBeUndefined()
  })

  it('recognises named keys such as Enter, Delete and the arrows', () => {
    expect([key('Enter'), key('Delete'), key('Backspace'), key('ArrowDown'), key('ArrowUp')]).toEqual([
      'new-claim',
      'delete-claim',
      'delete-claim',
      'next-claim',
      'previous-claim'
    ])
  })

  it('accepts ? typed with Shift', () => {
    expect(key('?', false, true)).toBe('help')
  })

  it('does not bind one key to two commands', () => {
    const all = shortcuts.flatMap((s) => s.keys.map((k) => k.toLowerCase()))
    expect(new Set(all).size).toBe(all.length)
  })
})
