import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resourcesDir } from '../app-root.ts'
import { writeTransaction, type Store } from '../db/store.ts'
import { insertArticle } from './articles.ts'
import { getSetting, setSetting } from './settings.ts'
import { parseTextReport } from './text-report.ts'

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
export async function seedSampleCorpus(store: Store, dir: string = sampleCorpusDir()): Promise<number> {
  if (await getSetting(store.db, SEEDED)) return 0
  const goldPath = join(dir, 'gold.json')
  const meta = new Map<string, { published?: string; source?: string }>()
  if (existsSync(goldPath)) {
    for (const a of (JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile).articles) meta.set(a.file, a)
  }
  return writeTransaction(store, async (tx) => {
    let imported = 0
    const empty = (await tx.db.selectFrom('articles').select('id').limit(1).executeTakeFirst()) === undefined
    if (empty && existsSync(dir)) {
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        const { title, body } = parseTextReport(readFileSync(join(dir, file), 'utf8'), file)
        const m = meta.get(file)
        const r = await insertArticle(tx, {
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
    await setSetting(tx.db, SEEDED, new Date().toISOString())
    return imported
  })
}
