import * as chrono from 'chrono-node'

/** When a claim says something happened, as the days it can mean. Offsets index the article body. */
export interface DateMention {
  text: string
  start: number
  end: number
  /** first and last day it can mean, ISO (YYYY-MM-DD): "in June" is the whole month */
  from: string
  to: string
}

const SPEECH =
  /\b(said|says|told|announced|reported|stated|added|warned|confirmed|denied|claimed|wrote|tweeted|posted|briefed|declared)\W*$/i
const SPEECH_AFTER = /^\W*(said|told|announced|reported|stated|warned|confirmed|denied|claimed)\b/i
const BOUND = /\b(since|until|till|by|before|after|from|through|throughout)\s+(the\s+)?$/i
const VAGUE = /\b(now|week|weeks|past|recent|recently|currently|month|months|year|years|tonight|this)\b/i
const YEAR = /\b(?:(early|late|mid-?|the end of)\s*)?((?:1[89]|20)\d\d)\b/gi

const iso = (d: Date): string => d.toISOString().slice(0, 10)
const day = (y: number, m: number, d: number): string => iso(new Date(Date.UTC(y, m, d)))

/** The days a chrono result means, at the precision the text gives. */
function daysOf(r: chrono.ParsedResult, reference: Date): [string, string] | null {
  const c = r.start
  const y = c.get('year')!
  const m = c.get('month')! - 1
  let year = y
  // a date given without a year is the past one in a news report, unless within a week ahead
  if (!c.isCertain('year') && new Date(Date.UTC(y, m, c.get('day') ?? 1)).getTime() > reference.getTime() + 7 * 864e5) year = y - 1
  if (c.isCertain('day') || c.isCertain('weekday')) {
    const from = day(year, m, c.get('day')!)
    const e = r.end
    return [from, e && e.isCertain('day') ? day(e.get('year')!, e.get('month')! - 1, e.get('day')!) : from]
  }
  if (c.isCertain('month')) return [day(year, m, 1), day(year, m + 1, 0)]
  return null
}

/**
 * The dates in body[start, end) that tell when something happened: absolute
 * ("14 March 2025", "in June", "in 2019") and relative to the report's date
 * ("on Tuesday", "yesterday"). Left out, as they do not date the event: when a
 * statement was made ("said on Monday"), bounds ("since August", "by the end of
 * the month") and vague spans ("now", "the past three weeks").
 */
export function datesIn(body: string, start: number, end: number, published: string | null): DateMention[] {
  const text = body.slice(start, end)
  const reference = new Date(`${(published ?? '2000-01-01').slice(0, 10)}T12:00:00Z`)
  const out: DateMention[] = []
  const keep = (at: number, length: number): boolean => {
    const before = text.slice(Math.max(0, at - 40), at)
    const after = text.slice(at + length, at + length + 20)
    return !SPEECH.test(before.replace(/\b(on|in|at|earlier|late|early)\s*$/i, '')) && !SPEECH_AFTER.test(after) && !BOUND.test(before)
  }
  for (const r of chrono.parse(text, reference)) {
    if (VAGUE.test(r.text) && !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(r.text)) continue
    const span = /^(on|in|at)\s+/i.exec(r.text)
    const at = r.index + (span ? span[0].length : 0)
    const length = r.text.length - (span ? span[0].length : 0)
    if (!keep(r.index, r.text.length)) continue
    const days = daysOf(r, reference)
    if (days)
      out.push({
        text: text.slice(at, at + length).replace(/[,.]$/, ''),
        start: start + at,
        end: start + at + length,
        from: days[0],
        to: days[1]
      })
  }
  for (const m of text.matchAll(YEAR)) {
    const at = m.index
    if (out.some((d) => d.start - start <= at && at < d.end - start) || !keep(at, m[0].length)) continue
    const y = Number(m[2])
    const part = (m[1] ?? '').toLowerCase()
    const [from, to] =
      part === 'early' ? [0, 3] : part === 'late' || part === 'the end of' ? [8, 11] : part.startsWith('mid') ? [3, 8] : [0, 11]
    out.push({ text: m[0], start: start + at, end: start + at + m[0].length, from: day(y, from, 1), to: day(y, to + 1, 0) })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** True when two dates can mean the same day. */
export const sameTime = (a: DateMention, b: DateMention): boolean => a.from <= b.to && b.from <= a.to
