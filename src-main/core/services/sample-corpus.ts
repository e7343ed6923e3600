import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resourcesDir } from '../app-root.ts'
import type { Database } from '../db/open.ts'
import { insertArticle } from './articles.ts'
import { getSetting, setSetting } from './settings.ts'
import { parseTextReport } from './text-report.ts'
import { firstRow, sqliteQueries as q } from '../db/sqlite/run-sync.ts'

const SEEDED = 'sample_corpus_seeded'

interface GoldFile {
  articles: { file: string; published?: string; source?: string }[]
}

export const sampleCorpusDir = (): string => join(resourcesDir(), 'sample-corpus')

/**
 * On the first run against a new database, imports the sample reports so a new
 * user sees real articles at once. Runs once per database: an analyst who deletes
 * the samples does not get them back.
 */
export function seedSampleCorpus(database: Database, dir: string = sampleCorpusDir()): number {
  if (getSetting(database, SEEDED)) return 0
  const goldPath = join(dir, 'gold.json')
  const meta = new Map<string, { published?: string; source?: string }>()
  if (existsSync(goldPath)) {
    for (const a of (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile).articles) meta.set(a.file, a)
  }
  let imported = 0
  database.sqlite
    .transaction(() => {
      const empty = firstRow(database.sqlite, q.selectFrom('articles').select('id').limit(1)) === undefined
      if (empty && existsSync(dir)) {
        for (const file of readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()) {
          const { title, body } = parseTextReport(readFileSync(join(dir, file), 'utf8'), file)
          const m = meta.get(file)
          const r = insertArticle(database, {
            title,
            body,
            format: 'txt',
            fileName: file,
            source: m?.source ?? null,
            published: m?.published ?? null
          })
          if (r.status === 'imported') imported++
        }
      }
      setSetting(database, SEEDED, new Date().toISOString())
    })
    .immediate()
  return imported
}
