const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean))

/**
 * Words that say nothing about what a claim is about, left out of the lexical
 * similarity: function words, the verbs and nouns of attribution ("said",
 * "told reporters", "according to", "a statement"), confidence vocabulary (the
 * tag is compared on its own, see conflicts.ts) and vague time fillers.
 */
export const STOPWORDS = set(`
  a an the this that these those it its it's they them their theirs he him his she her hers we us our ours i me my you your
  who whom whose which what when where why how whether if than then there here so such as at by for from in into of off on
  onto out over to up with within without about above after against along among around before behind below beneath beside
  between beyond but and or nor not no yes any some all both each either neither every few many more most much other another
  same own only just also too very quite rather still yet already even ever never now again once mainly largely mostly
  be is are was were been being am do does did done doing have has had having will would shall should can could may might must
  get got make made let
  say says said saying tell tells told telling add added adding state stated statement according claim claimed report reported
  reporter reporters official officials spokesman spokeswoman spokesperson source sources announce announced news conference briefing interview comment comments speak spoke speaking condition anonymity
  believe believes believed think thinks thought assess assesses assessed assessment judge judges judged estimate estimates estimated
  evidence likely unlikely probably possibly perhaps appear appears appeared seem seems seemed suggest suggests suggested indicate indicates
  know knows knew known unknown unclear clear certain uncertain confirm confirms confirmed establish establishing working work sure
  far so-far day days week weeks month months year years time today yesterday tomorrow earlier later recently currently
  based one ones thing things way lot kind part number numbers total figure figures
  least roughly rough approximately approximate nearly almost around estimated some several dozen dozens hundreds thousands
  early mid late beginning end
`)

export const isStopword = (word: string): boolean => STOPWORDS.has(word)
