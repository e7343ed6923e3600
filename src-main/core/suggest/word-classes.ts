/** Small closed word classes the sense and attribution rules look at. */
const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean))

export const DETERMINERS =
  set(`a an the this that these those his her their its our my your every each any some no another one two three four five
  six seven eight nine ten several many few both either neither such what which whose`)
export const MODALS = set('will would could can may might must should shall')
export const BE_FORMS = set('be is are was were been being am')
export const SUBJECT_PRONOUNS = set('it they he she there this these those we i you that everyone nobody someone')
export const WH_WORDS = set('whether if how what who whom whose why when where which')
export const AUXILIARIES = set(`is are was were be been has have had will would could can may might should must shall did does do am`)
export const NEGATIONS = set('not never no')
export const CLAUSE_PUNCT = set(', ; : ( ) — – " “ ” ‘ ’ « » [ ] -- - ? !')
export const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
)
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday')
export const NUMBER_WORDS =
  set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
  thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half quarter`)

/** Finite verbs that tell a following noun phrase is a clause subject ("believe [the network] was …"). */
export const FINITE_MARKERS = set(`is are was were has have had will would could can may might should must did does do am 's
  plans wants intends seeks lacks holds controls remains continues moved moves sent sends used uses plans planned`)

export function looksFinite(norm: string): boolean {
  return FINITE_MARKERS.has(norm) || (/ed$/.test(norm) && norm.length > 4)
}
