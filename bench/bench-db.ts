import { join } from 'node:path'
import { openDatabase, type Database } from '../src-main/core/db/open.ts'
import { generateCorpus, type GeneratedArticle } from './corpus-generator.ts'
import { rawInsertArticles, rawInsertClaims } from './seed-db.ts'

export interface BenchSize {
  articles: number
  claimsPerArticle: number
}

export const FULL: BenchSize = { articles: 10_000, claimsPerArticle: 10 }
export const QUICK: BenchSize = { articles: 300, claimsPerArticle: 10 }
/** issue 18: ten times FULL (100k reports, 1M claims); its --quick smoke is small */
export const SCALE: BenchSize = { articles: 100_000, claimsPerArticle: 10 }
export const SCALE_QUICK: BenchSize = { articles: 1000, claimsPerArticle: 10 }

/** A bench database in `dir`: the generated corpus with its claims, filled by raw inserts (not measured). */
export function buildBenchDb(
  dir: string,
  size: BenchSize,
  name = 'bench.sqlite'
): { database: Database; articles: GeneratedArticle[]; path: string } {
  const path = join(dir, name)
  const database = openDatabase(path)
  database.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('sample_corpus_seeded', 'bench')").run()
  const articles = [...generateCorpus(size.articles)]
  const ids = rawInsertArticles(database, articles)
  rawInsertClaims(database, articles, ids, size.claimsPerArticle)
  return { database, articles, path }
}
