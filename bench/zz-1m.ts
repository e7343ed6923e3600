import Sqlite from 'better-sqlite3'
import { measureRenderer } from './renderer-metrics.ts'
import { claimQuerySql } from '../src-main/core/db/sqlite/claim-query.ts'
const dbPath = process.argv[2]!
const db = new Sqlite(dbPath, { readonly: true })
const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number
const claims = db.prepare('SELECT count(*) FROM claims').pluck().get() as number
const count = db.prepare(claimQuerySql({ text: '?' }, 'count(*)').sql.replace(/ ORDER BY .*$/, '')).pluck()
const t = Date.now()
const r = await measureRenderer({
  dbPath, articles, claims, filterWords: ['kirby', 'drones'], runs: 1, scrollSteps: 10,
  countFor: (text) => { const { params } = claimQuerySql({ text: text.trim() }); return (params.length ? count.get(...params) : claims) as number }
})
console.log(JSON.stringify({ articles, claims, ...r, wall_s: (Date.now() - t) / 1000 }))
