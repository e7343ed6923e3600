/**
 * The forms a lexicon word matches: "show" matches show, shows, showed, shown,
 * showing. Forms are generated from the lexicon side, so text is never stemmed
 * (a stemmer would turn "judges'" into "judge").
 */
const IRREGULAR: Record<string, string[]> = {
  be: ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am'],
  have: ['have', 'has', 'had', 'having'],
  do: ['do', 'does', 'did', 'doing', 'done'],
  say: ['say', 'says', 'said', 'saying'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  tell: ['tell', 'tells', 'told', 'telling'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  prove: ['prove', 'proves', 'proved', 'proven', 'proving'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  can: ['can', 'could'],
  will: ['will', 'would'],
  analysis: ['analysis', 'analyses'],
  analyses: ['analyses'],
  datum: ['datum', 'data'],
  data: ['data'],
  remain: ['remain', 'remains', 'remained', 'remaining'],
  put: ['put', 'puts', 'putting'],
  lead: ['lead', 'leads', 'led', 'leading'],
  uncover: ['uncover', 'uncovers', 'uncovered', 'uncovering'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  mean: ['mean', 'means', 'meant', 'meaning'],
  doubt: ['doubt', 'doubts', 'doubted', 'doubting']
}

const VOWEL = /[aeiou]/

export function wordForms(word: string): string[] {
  const w = word.toLowerCase()
  if (IRREGULAR[w]) return IRREGULAR[w]
  if (w.length < 3 || /[^a-z-]/.test(w)) return [w]
  const forms = new Set([w, `${w}s`, `${w}ed`, `${w}ing`])
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`)
  if (w.endsWith('e')) {
    forms.add(`${w}d`)
    forms.add(`${w.slice(0, -1)}ing`)
  }
  if (/[^aeiou]y$/.test(w)) {
    forms.add(`${w.slice(0, -1)}ies`)
    forms.add(`${w.slice(0, -1)}ied`)
  }
  // short verbs that double their last consonant: admit → admitted, plan → planned
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w) || (/[^aeiou][aeiou][bdgmnprt]$/.test(w.slice(-3)) && w.length <= 5)) {
    const last = w.at(-1)!
    if (VOWEL.test(w.at(-2)!)) {
      forms.add(`${w}${last}ed`)
      forms.add(`${w}${last}ing`)
    }
  }
  return [...forms]
}
