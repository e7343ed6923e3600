import type { CallName, OutputOf, ParsedInputOf } from '../../contract/index.ts'
import type { CoreContext } from '../context.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import { cancelImportJob, importJobStatus, startImportJob } from '../import/import-jobs.ts'
import { deleteArticles } from '../services/article-delete.ts'
import { updateArticle } from '../services/article-update.ts'
import * as articles from '../services/articles.ts'
import * as claims from '../services/claims.ts'
import { claimGroups, claimsPage, countClaims } from '../services/claims-page.ts'
import { articlesIds, articlesPage, articlesPosition, articlesSources } from '../services/articles-page.ts'
import * as history from '../services/claim-history.ts'
import { saveToChosenFile } from '../export/save-to-file.ts'
import * as lexicon from '../services/cue-lexicon.ts'
import * as codes from '../services/codes.ts'
import { getAnalyst, setAnalyst } from '../services/analyst.ts'
import { appInfo } from './app.ts'
import { updateAndRefresh } from './claim-update.ts'
import { acceptSuggestions } from '../suggest/accept.ts'
import { rejectSuggestion, suggestForArticle, suggestForText, unrejectSuggestion } from './suggest.ts'
import { teamHandlers } from './team.ts'
import { getPlace, setPlace } from './place.ts'
import { compareCsvOnCpu, compareOnCpu, formatsOn } from '../host/cpu-calls.ts'

export type Handler<N extends CallName> = (ctx: CoreContext, input: ParsedInputOf<N>) => OutputOf<N> | Promise<OutputOf<N>>

/** The one dispatch table: every contract call maps to exactly one handler (the type makes a missing one a build error). */
export const handlers: { [N in CallName]: Handler<N> } = {
  'app.info': (ctx) => appInfo(ctx),
  'articles.list': (ctx) => articles.listArticles(ctx.database.db),
  'articles.page': (ctx, input) => articlesPage(ctx.database, input),
  'articles.ids': (ctx, input) => articlesIds(ctx.database, input),
  'articles.position': (ctx, input) => articlesPosition(ctx.database, input),
  'articles.sources': (ctx) => articlesSources(ctx.database),
  'place.get': (ctx) => getPlace(ctx),
  'place.set': (ctx, value) => setPlace(ctx, value),
  'articles.get': (ctx, { id }) => articles.getArticle(ctx.database.db, id),
  'claims.list': async ({ database: { db, ports } }, query) => {
    const rows = await ports.claims.list(db, query)
    return query.articleId !== undefined ? claims.articleClaims({ db, ports }, query.articleId, rows) : rows
  },
  'claims.columns': ({ database: { db, ports } }, query) => ports.claims.columns(db, query),
  'claims.page': (ctx, input) => claimsPage(ctx.database, input),
  'claims.count': (ctx, { view }) => countClaims(ctx.database, view),
  'claims.groups': (ctx, { view }) => claimGroups(ctx.database, view),
  'claims.create': (ctx, input) => claims.createClaim(ctx.database, input),
  'claims.update': (ctx, input) => updateAndRefresh(ctx, input),
  'claims.delete': (ctx, { id }) => claims.deleteClaim(ctx.database, id),
  'claims.history': (ctx, { claimId }) => history.claimHistory(ctx.database.db, claimId),
  'claims.speakers': (ctx) => claims.speakers(ctx.database.db),
  'history.state': (ctx) => history.historyState(ctx.database.db),
  'history.undo': (ctx) => history.undo(ctx.database),
  'history.redo': (ctx) => history.redo(ctx.database),
  'export.start': (ctx, input) => ctx.exports.start(input),
  'export.status': (ctx, { exportId }) => ctx.exports.status(exportId),
  'export.cancel': (ctx, { exportId }) => ctx.exports.cancel(exportId),
  'export.save': (ctx, { exportId }) => saveToChosenFile(ctx.exports, ctx.host, exportId),
  // the language tools behind the comparison load on first use, in the thread that compares (host/cpu-tasks.ts)
  'compare.articles': (ctx, { leftId, rightId, withSuggestions }) => compareOnCpu(ctx, leftId, rightId, { withSuggestions }),
  'compare.csv': (ctx, { leftId, rightId, withSuggestions, conflictsOnly }) =>
    compareCsvOnCpu(ctx, leftId, rightId, { withSuggestions }, conflictsOnly),
  'suggest.article': (ctx, { articleId }) => suggestForArticle(ctx, articleId),
  'suggest.text': (ctx, { text }) => suggestForText(ctx, text),
  'suggest.accept': (ctx, { articleId, suggestions }) => acceptSuggestions(ctx.database, articleId, suggestions),
  'suggest.reject': (ctx, { articleId, start, end }) => rejectSuggestion(ctx, articleId, start, end),
  'suggest.unreject': (ctx, { articleId, start, end }) => unrejectSuggestion(ctx, articleId, start, end),
  'lexicon.list': (ctx) => lexicon.listCues(ctx.database.db),
  'lexicon.add': (ctx, { confidence, phrase }) => lexicon.addCue(ctx.database.db, confidence, phrase),
  'lexicon.remove': (ctx, { id }) => lexicon.removeCue(ctx.database.db, id),
  'lexicon.setEnabled': (ctx, { id, enabled }) => lexicon.setCueEnabled(ctx.database.db, id, enabled),
  'articles.search': ({ database: { db, ports } }, { query, limit, snippets }) => ports.search.search(db, query, limit, snippets),
  'articles.snippets': ({ database: { db, ports } }, { query, ids }) => ports.search.snippets(db, query, ids),
  'articles.update': (ctx, changes) => updateArticle(ctx.database, changes),
  'articles.delete': (ctx, { ids }) => deleteArticles(ctx.database, ids),
  'import.start': (ctx, request) => {
    if ('paths' in request && ctx.caller !== 'local')
      throw new WorkbenchError(
        'rejected',
        'The page cannot name files to import; it uploads them (File › Import… on the desktop picks them natively).'
      )
    return { jobId: startImportJob(ctx.database, request, { formats: formatsOn(ctx.cpu) }) }
  },
  'import.status': (ctx, { jobId, resultsFrom, waitMs }) => importJobStatus(ctx.database, jobId, resultsFrom, waitMs),
  'import.cancel': (ctx, { jobId }) => cancelImportJob(ctx.database, jobId),
  'codes.list': (ctx) => codes.listCodes(ctx.database.db),
  'codes.create': (ctx, code) => codes.createCode(ctx.database, code),
  'codes.update': (ctx, { id, ...patch }) => codes.updateCode(ctx.database, id, patch),
  'codes.move': (ctx, { id, parentId, position }) => codes.moveCode(ctx.database, id, parentId, position),
  'codes.merge': (ctx, { sourceId, targetId }) => codes.mergeCodes(ctx.database, sourceId, targetId),
  'codes.delete': (ctx, { id }) => codes.deleteCode(ctx.database, id),
  'codes.assign': (ctx, { codeId, claimIds }) => codes.assignCode(ctx.database, codeId, claimIds),
  'codes.unassign': (ctx, { codeId, claimIds }) => codes.unassignCode(ctx.database, codeId, claimIds),
  'codes.assignments': (ctx, { articleId }) => codes.codeAssignments(ctx.database.db, articleId),
  'exchange.analyst': (ctx) => getAnalyst(ctx.database.db),
  'exchange.setAnalyst': (ctx, { name }) => setAnalyst(ctx.database.db, name),
  ...teamHandlers
}
