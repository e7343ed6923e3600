// Debug aid: `tsx scripts/suggest-dump.ts FILE…` prints every suggestion for a report.
import { readFileSync } from 'node:fs'
import { parseTextReport } from '../src-main/core/services/text-report.ts'
import { buildLexicon, loadShippedLexicon } from '../src-main/core/suggest/lexicon.ts'
import { suggestClaims } from '../src-main/core/suggest/suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
for (const file of process.argv.slice(2)) {
  const { body } = parseTextReport(readFileSync(file, 'utf8'), file)
  console.log(`\n== ${file}`)
  for (const s of suggestClaims(body, lexicon)) {
    console.log(`${(s.confidence ?? '-').padEnd(15)} ${s.score} [${s.attributedTo}] ${JSON.stringify(s.quote)}${s.cue ? `  <${s.cue.text}>` : ''}`)
  }
}
