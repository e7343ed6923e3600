/**
 * A whole count with thousands separators, as toLocaleString('en') writes it
 * ("10,000"), without its first-call cost (loading the locale's number data
 * took ~40 ms of the library's first render on a slow machine).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en')
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${digits}` : digits
}
