import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '/work/wt/offthread/src-main/core/core.ts'
import { insertArticle } from '/work/wt/offthread/src-main/core/services/articles.ts'
import { generateArticle } from '/work/wt/offthread/bench/corpus-generator.ts'
import { seeded } from '/work/wt/offthread/bench/random.ts'
const dir = mkdtempSync(join(tmpdir(), 'cmp-'))
const core = startCore(join(dir, 'db.sqlite'), { transport: 'direct', seed: false })
const r = seeded(3)
const ids = [0, 1].map(() => { const a = generateArticle(r, Number(process.env.SIZE ?? 200000)); return insertArticle(core.database, { title: a.title, body: a.body, source: a.source, url: null, published: a.published, format: 'txt', fileName: 'x.txt', warnings: [] }).id })
console.log(ids)
const t0 = performance.now()
const res = await core.dispatch('compare.articles', { leftId: ids[0], rightId: ids[1] })
const t1 = performance.now(); const s = JSON.stringify(res); console.log(res.ok, t1 - t0, s.length, performance.now() - t1, (res.value as any).pairs.length, (res.value as any).pairs.filter((p:any)=>p.relation!=="only left"&&p.relation!=="only right").length)
