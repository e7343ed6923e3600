import { readFileSync, writeFileSync } from 'node:fs'
import { openDatabase } from '../db/open.ts'

/**
 * A workbench database (at `upTo`, default the latest version) with one article and garbage over the cells of one page
 * of a filler table, the file and page headers intact: it opens, and only the integrity check can tell.
 */
export async function makeDamagedDatabase(path: string, upTo?: number): Promise<void> {
  const made = openDatabase(path, { upTo })
  made.sqlite.prepare("INSERT INTO articles (title, body, content_hash, format) VALUES ('Kept', 'One. Two.', 'h1', 'txt')").run()
  made.sqlite.exec(
    'CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(40)) FROM n'
  )
  await made.close()
  const bytes = readFileSync(path)
  const pageSize = bytes.readUInt16BE(16)
  const page = bytes.length / pageSize - 1
  bytes.fill(0xa5, (page - 1) * pageSize + 8, page * pageSize)
  writeFileSync(path, bytes)
}
