import { between, pick, seeded, type Rng } from './random.ts'

// Vocabulary for report-like text: invented names, places and organisations.
const FIRST = [
  'Ilse',
  'Aurel',
  'Marta',
  'Piet',
  'Helena',
  'Ivo',
  'John',
  'Lloyd',
  'Amara',
  'Tomas',
  'Sofia',
  'Kenji',
  'Leila',
  'Oren',
  'Nadia',
  'Felix'
]
const LAST = [
  'Varga',
  'Dinescu',
  'Lind',
  'Sandor',
  'Oduya',
  'Brandt',
  'Kirby',
  'Austin',
  'Okafor',
  'Novak',
  'Reyes',
  'Tanaka',
  'Haddad',
  'Weiss',
  'Petrova',
  'Moreau'
]
const TITLES = [
  'Defence Minister',
  'spokesman',
  'spokeswoman',
  'senior analyst',
  'chief economist',
  'Gen.',
  'Dr.',
  'Foreign Minister',
  'police chief'
]
const PLACES = [
  'Belmora',
  'Halden',
  'Lindvale',
  'Oskar',
  'Calder',
  'Kursk',
  'Varna',
  'Tessin',
  'Morrow Bay',
  'Eastgate',
  'Port Ilyich',
  'Sarnau'
]
const ORGS = [
  'the defence ministry',
  'the port authority',
  'the water authority',
  'the customs agency',
  'Northgate Monitoring Project',
  'Coastline Bank',
  'the interior ministry',
  'the regional council',
  'military intelligence'
]
const THINGS = [
  'soldiers',
  'troops',
  'aircraft',
  'containers',
  'pills',
  'vessels',
  'tanks',
  'drones',
  'residents',
  'workers',
  'rail cars',
  'households'
]
const VERBS = ['moved', 'deployed', 'seized', 'counted', 'evacuated', 'reported', 'shipped', 'recorded']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const LIKELY = ['likely', 'probably', 'almost certainly', 'very likely', 'unlikely', 'roughly even odds']

export type GeneratedConfidence = 'evidence' | 'assess' | 'do not yet know' | null

export interface GeneratedSentence {
  text: string
  confidence: GeneratedConfidence
  speaker: string
}

const person = (r: Rng) => `${pick(r, FIRST)} ${pick(r, LAST)}`
const number = (r: Rng) => (r() < 0.5 ? between(r, 2, 99) : between(r, 1, 60) * 1000).toLocaleString('en-US')

function sentence(r: Rng): GeneratedSentence {
  const who = person(r)
  const place = pick(r, PLACES)
  const n = number(r)
  const thing = pick(r, THINGS)
  switch (between(r, 0, 7)) {
    case 0:
      return {
        text: `"There is evidence that ${n} ${thing} were ${pick(r, VERBS)} near ${place}," ${who} told reporters.`,
        confidence: 'evidence',
        speaker: who
      }
    case 1:
      return {
        text: `Satellite imagery shows at least ${n} ${thing} at ${place}, according to ${pick(r, ORGS)}.`,
        confidence: 'evidence',
        speaker: pick(r, ORGS)
      }
    case 2:
      return {
        text: `"We assess that ${pick(r, ORGS)} will ${pick(r, ['expand', 'reduce', 'delay'])} operations in ${place} by ${pick(r, MONTHS)}," said ${pick(r, TITLES)} ${who}.`,
        confidence: 'assess',
        speaker: who
      }
    case 3:
      return {
        text: `Officials said the ${thing} were ${pick(r, LIKELY)} linked to exercises planned for ${pick(r, MONTHS)}.`,
        confidence: 'assess',
        speaker: 'Officials'
      }
    case 4:
      return {
        text: `"We do not yet know whether the ${thing} will stay in ${place}," ${who} added.`,
        confidence: 'do not yet know',
        speaker: who
      }
    case 5:
      return { text: `It remains unclear how many ${thing} have already left ${place}.`, confidence: 'do not yet know', speaker: '' }
    case 6:
      return {
        text: `${who}, a ${pick(r, TITLES)}, said ${n} ${thing} had been ${pick(r, VERBS)} since ${pick(r, MONTHS)} ${between(r, 1, 28)}.`,
        confidence: null,
        speaker: who
      }
    default:
      return {
        text: `${place} lies about ${between(r, 5, 400)} kilometres from ${pick(r, PLACES)} and was last expanded in ${between(r, 1990, 2024)}.`,
        confidence: null,
        speaker: ''
      }
  }
}

export interface GeneratedArticle {
  title: string
  body: string
  source: string
  published: string
  /** sentence spans in the body, with the tag a careful analyst would give */
  sentences: (GeneratedSentence & { start: number; end: number })[]
}

/** One report of roughly `bytes` characters; deterministic for a given rng state. */
export function generateArticle(r: Rng, bytes: number): GeneratedArticle {
  const place = pick(r, PLACES)
  const title = `${pick(r, ['Officials report', 'Analysts see', 'Questions over', 'New figures on'])} ${pick(r, THINGS)} at ${place} (${Math.floor(r() * 1e9).toString(36)})`
  const sentences: GeneratedArticle['sentences'] = []
  let body = ''
  while (body.length < bytes) {
    const s = sentence(r)
    const sep = body === '' ? '' : r() < 0.35 ? '\n' : ' '
    const start = body.length + sep.length
    body += sep + s.text
    sentences.push({ ...s, start, end: start + s.text.length })
  }
  const published = `20${between(r, 18, 25)}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`
  return { title, body, source: pick(r, ['Sample Wire', 'Eastgate Courier', 'Halden Post', 'Monitor Weekly']), published, sentences }
}

/** `count` articles of 1–5 KB each, the same for the same seed. */
export function* generateCorpus(count: number, seed = 20261125): Generator<GeneratedArticle> {
  const r = seeded(seed)
  for (let i = 0; i < count; i++) yield generateArticle(r, between(r, 1000, 5000))
}

/** A single paragraph of about `bytes` characters (no line breaks), for the suggester's worst case. */
export function generateParagraph(bytes: number, seed = 7): string {
  const r = seeded(seed)
  let text = ''
  while (text.length < bytes) text += (text ? ' ' : '') + sentence(r).text
  return text
}
