/**
 * Turns a date as pages write it (meta tags, citation_* tags, PDF info) into the
 * ISO date the library stores (YYYY-MM-DD), or null when it is not a real date.
 * The calendar date is taken as written: 2024-10-23T23:30-05:00 stays the 23rd.
 */
export function publishedDate(raw: string | null | undefined): string | null {
  if (!raw) return null
  const s = raw.trim()
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s)
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const pdf = /^D:(\d{4})(\d{2})(\d{2})/.exec(s) // PDF date strings: D:YYYYMMDDHHmmSS
  if (pdf) return validDate(Number(pdf[1]), Number(pdf[2]), Number(pdf[3]))
  if (/^\d{4}$/.test(s)) return null // a year alone is not a date
  const parsed = Date.parse(s)
  if (Number.isNaN(parsed) || !/[a-z]/i.test(s)) return null // only named-month forms ("23 October 2024") beyond ISO
  const d = new Date(parsed)
  return validDate(d.getFullYear(), d.getMonth() + 1, d.getDate())
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
