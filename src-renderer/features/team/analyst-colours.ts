/** One colour per analyst, in the order the team lists them (distinct in light and dark, never the tag colours). */
export const PALETTE = ['#0b7285', '#c2255c', '#5f3dc4', '#e8590c', '#2b8a3e', '#1864ab', '#862e9c', '#a61e4d']

/** The analyst's place in the palette (one not in the team's list takes the next place after it). */
export function analystSlot(analysts: readonly string[], name: string): number {
  const i = analysts.indexOf(name)
  return (i < 0 ? analysts.length : i) % PALETTE.length
}

export function analystColour(analysts: readonly string[], name: string): string {
  return PALETTE[analystSlot(analysts, name)]!
}
