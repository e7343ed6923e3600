import { segments } from './highlight.ts'

/** Text with search matches in <mark>: every part is a React text node, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return <>{segments(text, ranges).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>
}
