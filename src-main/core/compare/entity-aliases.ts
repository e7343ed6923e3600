/**
 * Other names for the same actor, as news reports use them: official names and
 * short forms, adjectives of nationality ("North Korean soldiers" are North
 * Korea's) and capitals standing for their governments ("Pyongyang", "Kyiv").
 * Keys are lower case; each maps to the name shown and what it is.
 */
export interface Alias {
  name: string
  kind: 'person' | 'place' | 'organization'
}

const place = (name: string, ...others: string[]): [string, Alias][] =>
  [name, ...others].map((o) => [o.toLowerCase(), { name, kind: 'place' }])
const org = (name: string, ...others: string[]): [string, Alias][] =>
  [name, ...others].map((o) => [o.toLowerCase(), { name, kind: 'organization' }])

export const ALIASES = new Map<string, Alias>([
  ...place('North Korea', 'DPRK', 'North Korean', 'North Koreans', 'Pyongyang', "Democratic People's Republic of Korea"),
  ...place('South Korea', 'ROK', 'South Korean', 'South Koreans', 'Seoul', 'Republic of Korea'),
  ...place('Russia', 'Russian', 'Russians', 'Moscow', 'Russian Federation'),
  ...place('Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'),
  ...place('United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'American', 'Americans', 'Washington', 'United States of America'),
  ...place('United Kingdom', 'UK', 'U.K.', 'Britain', 'British', 'Great Britain', 'London'),
  ...place('China', 'Chinese', 'Beijing', "People's Republic of China", 'PRC'),
  ...place('Iran', 'Iranian', 'Iranians', 'Tehran'),
  ...place('Israel', 'Israeli', 'Israelis'),
  ...place('France', 'French', 'Paris'),
  ...place('Germany', 'German', 'Germans', 'Berlin'),
  ...place('Japan', 'Japanese', 'Tokyo'),
  ...place('Poland', 'Polish', 'Warsaw'),
  ...place('Belarus', 'Belarusian', 'Minsk'),
  ...place('Syria', 'Syrian', 'Damascus'),
  ...place('Turkey', 'Turkish', 'Ankara', 'Türkiye'),
  ...place('India', 'Indian', 'New Delhi'),
  ...place('Pakistan', 'Pakistani', 'Islamabad'),
  ...place('Taiwan', 'Taiwanese', 'Taipei'),
  ...place('Europe', 'European'),
  ...org('European Union', 'EU', 'E.U.'),
  ...org('NATO', 'North Atlantic Treaty Organization', 'Nato'),
  ...org('United Nations', 'UN', 'U.N.'),
  ...org('Kremlin', 'the Kremlin'),
  ...org('White House', 'the White House'),
  ...org('Pentagon', 'the Pentagon', 'US Department of Defense')
])
