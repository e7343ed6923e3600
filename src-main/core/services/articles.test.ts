import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { getArticle, insertArticle, listArticles } from './articles.ts'

const tempDir = useTempDir()

describe('the library list', () => {
  it("counts each article's claims by confidence tag", async () => {
    const core = await testCore(tempDir(), false)
    const a = (await insertArticle(core.database, { title: 'A', body: 'one two three four', format: 'txt', published: '2024-02-01' })).id
    const b = (await insertArticle(core.database, { title: 'B', body: 'five six', format: 'txt', published: '2024-01-01' })).id
    const claim = core.database.sqlite.prepare('INSERT INTO claims (article_id, start, "end", quote, confidence) VALUES (?, 0, 3, ?, ?)')
    for (const tag of ['evidence', 'evidence', 'assess', 'do not yet know', null]) claim.run(a, 'one', tag)
    const list = await listArticles(core.database.db)
    expect(list.map((r) => [r.id, r.claims, r.tagCounts])).toEqual([
      [a, 5, { evidence: 2, assess: 1, 'do not yet know': 1, untagged: 1 }],
      [b, 0, { evidence: 0, assess: 0, 'do not yet know': 0, untagged: 0 }]
    ])
    expect(await getArticle(core.database.db, a)).toMatchObject({
      id: a,
      claims: 5,
      body: 'one two three four',
      tagCounts: { evidence: 2 }
    })
    await core.close()
  })
})
