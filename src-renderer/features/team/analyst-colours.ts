/** One colour per analyst, in the order the team lists them (distinct in light and dark, never the tag colours). */
const PALETTE = ['#0b7285', '#c2255c', '#5f3dc4', '#e8590c', '#2b8a3e', '#1864ab', '#862e9c', '#a61e4d']

export function analystColour(analysts: readonly string[], name: string): string {
  const i = analysts.indexOf(name)
  return PALETTE[(i < 0 ? analysts.length : i) % PALETTE.length]!
}
