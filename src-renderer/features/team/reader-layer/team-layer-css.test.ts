import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PALETTE } from '../analyst-colours.ts'
import { highlightName } from './use-layer-highlights.ts'

describe("the reader's team layer styles", () => {
  const css = readFileSync(join(import.meta.dirname, 'team-layer.css'), 'utf8')
  it.each(PALETTE.map((colour, slot) => [slot, colour] as const))('draws slot %i in the Team screen’s colour %s', (slot, colour) => {
    const rule = new RegExp(`::highlight\\(${highlightName(slot)}\\) \\{([^}]*)\\}`).exec(css)?.[1] ?? ''
    expect(rule).toContain(`${slot % 2 === 0 ? 'overline' : 'underline'} 3px ${colour}`)
  })
})
