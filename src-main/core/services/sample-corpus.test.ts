import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { listArticles } from './articles.ts'
import { sampleCorpusDir, seedSampleCorpus } from './sample-corpus.ts'

const tempDir = useTempDir()

describe('the first-run sample corpus', () => {
  it('imports every sample report with its source and date', async () => {
    const core = await testCore(tempDir())
    const articles = await listArticles(core.database.db)
    expect(articles).toHaveLength(readdirSync(sampleCorpusDir()).filter((f) => f.endsWith('.txt')).length)
    const pentagon = articles.find((a) => a.title === 'Pentagon chief confirms North Korean soldiers are in Russia')
    expect(pentagon).toMatchObject({ source: 'Sample Wire', published: '2024-10-23', claims: 0, format: 'txt' })
    await core.close()
  })

  it('seeds a database only once, even after the user deleted the samples', async () => {
    const dir = tempDir()
    const core = await testCore(dir)
    core.database.sqlite.exec('DELETE FROM articles')
    expect(await seedSampleCorpus(core.database)).toBe(0)
    await core.close()
    const again = await testCore(dir)
    expect(await listArticles(again.database.db)).toHaveLength(0)
    await again.close()
  })
})
