// Debug aid: `tsx scripts/compare-dump.ts LEFT.txt RIGHT.txt` prints every aligned pair of two reports (fresh database, suggested claims).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { startCore } from '../src-main/core/core.ts'
import { insertArticle } from '../src-main/core/services/articles.ts'
import { parseTextReport } from '../src-main/core/services/text-report.ts'
import { compareArticles } from '../src-main/core/compare/compare-articles.ts'

const dir = mkdtempSync(join(tmpdir(), 'compare-dump-'))
const { database } = await startCore(join(dir, 'db.sqlite'), { transport: 'direct', seed: false })
const [a, b] = await Promise.all(
  process.argv.slice(2).map(async (file) => {
    const { title, body } = parseTextReport(readFileSync(file, 'utf8'), file)
    return (await insertArticle(database, { title, body, format: 'txt', fileName: basename(file) })).id
  })
)
const c = await compareArticles(database, a!, b!)
console.log('shared:', c.sharedEntities.map((e) => `${e.name} (${e.kind})`).join(', '))
for (const p of c.pairs) {
  console.log(
    `\n[${p.relation}] ${p.similarity ?? ''} ${p.conflicts.map((x) => `${x.kind}: ${x.left} ≠ ${x.right}`).join('; ')} ${p.sharedEntities.length ? '{' + p.sharedEntities.join(', ') + '}' : ''}`
  )
  if (p.left) console.log(`  L ${p.left.confidence ?? '-'}: ${p.left.quote}`)
  if (p.right) console.log(`  R ${p.right.confidence ?? '-'}: ${p.right.quote}`)
}
await database.close()
rmSync(dir, { recursive: true, force: true })
