import type { CallName, OutputOf, ParsedInputOf } from '../../contract/index.ts'
import type { CoreContext } from '../context.ts'
import { cancelImportJob, importJobStatus, startImportJob } from '../import/import-jobs.ts'
import { deleteArticles, restoreArticles } from '../services/article-delete.ts'
import { searchArticles } from '../services/article-search.ts'
import { updateArticle } from '../services/article-update.ts'
import * as articles from '../services/articles.ts'
import { listClaims } from '../services/claims-query.ts'
import { appInfo } from './app.ts'

export type Handler<N extends CallName> = (ctx: CoreContext, input: ParsedInputOf<N>) => OutputOf<N> | Promise<OutputOf<N>>

/** The one dispatch table: every contract call maps to exactly one handler (the type makes a missing one a build error). */
export const handlers: { [N in CallName]: Handler<N> } = {
  'app.info': (ctx) => appInfo(ctx),
  'articles.list': (ctx) => articles.listArticles(ctx.database),
  'articles.get': (ctx, { id }) => articles.getArticle(ctx.database, id),
  'claims.list': (ctx, query) => listClaims(ctx.database, query),
  'articles.search': (ctx, { query, limit }) => searchArticles(ctx.database, query, limit),
  'articles.update': (ctx, changes) => updateArticle(ctx.database, changes),
  'articles.delete': (ctx, { ids }) => deleteArticles(ctx.database, ids),
  'articles.restore': (ctx, snapshot) => restoreArticles(ctx.database, snapshot),
  'import.start': (ctx, request) => ({ jobId: startImportJob(ctx.database, request) }),
  'import.status': (ctx, { jobId, resultsFrom, waitMs }) => importJobStatus(ctx.database, jobId, resultsFrom, waitMs),
  'import.cancel': (ctx, { jobId }) => cancelImportJob(ctx.database, jobId)
}
