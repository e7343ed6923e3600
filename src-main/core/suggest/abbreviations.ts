/** Words that end in a period without ending the sentence, by how they behave. */

/** Titles before a name: never end a sentence ("Gen. Smith", "Dr. Oduya"). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'st', 'hon',
  'pres', 'cmdr', 'brig', 'gens', 'sens', 'reps', 'supt', 'insp', 'det', 'cpl', 'pvt', 'fr', 'mt', 'ft', 'messrs', 'sec', 'amb', 'atty', 'lieut'
])

/** Followed by a number they never end a sentence ("Oct. 5", "No. 3", "p. 12"). */
export const BEFORE_NUMBER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'ch', 'para', 'ed', 'rt', 'approx', 'est', 'ca'
])

/** Never end a sentence ("e.g. Russia", "et al. found"). */
export const INNER_ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'cf', 'al', 'viz', 'approx', 'incl', 'esp', 'resp', 'etc.,'])

/** May end a sentence ("… Acme Inc. The company…") or not ("U.S. President"): they end one only before a typical sentence opener. */
export const AMBIGUOUS_ABBREVIATIONS = new Set(['inc', 'ltd', 'corp', 'co', 'bros', 'jr', 'sr', 'etc', 'a.m', 'p.m', 'plc', 'llc', 'dept', 'univ', 'assn'])

/** Words that typically open a sentence; after an ambiguous abbreviation they mark a new one. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'here', 'in', 'on', 'at', 'for',
  'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'although', 'though', 'while', 'when', 'if', 'as', 'after', 'before', 'since', 'his',
  'her', 'their', 'our', 'my', 'some', 'many', 'most', 'several', 'no', 'none', 'both', 'each', 'every', 'such', 'other', 'another', 'officials',
  'what', 'who', 'why', 'how', 'where', 'one', 'two', 'three', 'last', 'earlier', 'later', 'separately', 'still', 'also', 'according'
])
