import type { Kysely } from 'kysely'
import { CLAIM_FIELDS, claimFieldNames } from '../../../contract/claim-fields.ts'
import type { ClaimRow } from '../../../contract/claims.ts'
import { WorkbenchError } from '../../../contract/errors.ts'
import type { Ports } from '../ports.ts'
import { withSavepoint } from '../savepoint.ts'
import type { DB } from '../schema.ts'
import { pgBackups } from './pg-backups.ts'

const notYet = (what: string) => (): Promise<never> =>
  Promise.reject(new WorkbenchError('rejected', `${what} is not available on PostgreSQL yet (only in the desktop app's SQLite database).`))

/** One claim as a ClaimRow, on the typed builder (any dialect). */
async function claimRow(db: Kysely<DB>, id: number): Promise<ClaimRow | undefined> {
  const columns = claimFieldNames.map((f) => `c.${CLAIM_FIELDS[f].column} as ${f}` as const)
  const row = await db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .select([...(columns as unknown as ['c.id']), 'a.title as articleTitle'])
    .where('c.id', '=', id)
    .executeTakeFirst()
  return row as ClaimRow | undefined
}

/**
 * PostgreSQL's ports (ports.ts) for the services over the desktop's tables in a PostgreSQL database
 * (codes-postgres.test.ts runs the codebook, claims and history services on them): transactions, one claim's row
 * and backups (pg_dump's job). The claim filter, full-text search (the team server has its own tsvector search),
 * the trash and the import's article store are SQLite's only so far and say so.
 */
export function pgPorts(): Ports {
  return {
    transactions: { write: (db, body) => db.transaction().execute(body), savepoint: withSavepoint },
    search: { search: notYet('Searching the library'), snippets: notYet('Searching the library') },
    claims: {
      list: notYet('The claim filter'),
      columns: notYet('The claim filter'),
      one: claimRow,
      count: notYet('The claim filter'),
      page: notYet('The claim filter'),
      viewCount: notYet('The claim filter'),
      groups: notYet('The claim filter')
    },
    trash: { take: notYet('Deleting articles'), clash: notYet('Deleting articles'), put: notYet('Deleting articles') },
    articles: {
      idByHash: notYet('Importing articles'),
      insert: notYet('Importing articles'),
      storeAll: notYet('Importing articles'),
      page: notYet('The library list a window at a time'),
      ids: notYet('The library list a window at a time'),
      position: notYet('The library list a window at a time'),
      sources: notYet('The library list a window at a time')
    },
    backups: pgBackups
  }
}
