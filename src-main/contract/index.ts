import type { z } from 'zod'
import type { Call } from './call.ts'
import { appInfo } from './app.ts'
import { claimsCount, claimsGroups, claimsPage } from './claim-page.ts'
import { articlesIds, articlesPage, articlesPosition, articlesSources } from './article-page.ts'
import { getArticle, listArticles } from './articles.ts'
import {
  claimHistory,
  createClaim,
  deleteClaim,
  historyState,
  listClaimColumns,
  listClaims,
  redo,
  speakers,
  undo,
  updateClaim
} from './claims.ts'
import { cancelExport, getExportStatus, saveExport, startExport } from './export.ts'
import {
  acceptSuggestionsCall,
  addLexicon,
  listLexicon,
  rejectSuggestion,
  removeLexicon,
  setLexiconEnabled,
  suggestArticle,
  suggestText,
  unrejectSuggestion
} from './suggest.ts'
import { compareArticles, compareCsv } from './compare.ts'
import { cancelImport, getImportStatus, startImport } from './import.ts'
import { assignCode, codeAssignments, createCode, deleteCode, listCodes, mergeCodes, moveCode, unassignCode, updateCode } from './codes.ts'
import { getAnalyst, setAnalyst } from './exchange.ts'
import { deleteArticles, searchArticles, searchSnippets, updateArticle } from './library.ts'
import { getPlace, setPlace } from './place.ts'
import {
  clearAdjudication,
  getAgreement,
  getTeamStatus,
  joinTeam,
  listAdjudication,
  listTeamClaims,
  markArticleDone,
  setAdjudication,
  syncTeam
} from './team.ts'

export * from './call.ts'
export * from './errors.ts'
export * from './common.ts'
export * from './articles.ts'
export * from './app.ts'
export * from './claims.ts'
export * from './claim-page.ts'
export * from './article-page.ts'
export * from './export.ts'
export * from './compare.ts'
export * from './suggest.ts'
export * from './import.ts'
export * from './library.ts'
export * from './codes.ts'
export * from './exchange.ts'
export * from './team.ts'
export * from './team-events.ts'
export * from './place.ts'

/** Every call the core answers, by name. The one list both sides share. */
export const calls = {
  [appInfo.name]: appInfo,
  [listArticles.name]: listArticles,
  [articlesPage.name]: articlesPage,
  [articlesIds.name]: articlesIds,
  [articlesPosition.name]: articlesPosition,
  [articlesSources.name]: articlesSources,
  [getPlace.name]: getPlace,
  [setPlace.name]: setPlace,
  [getArticle.name]: getArticle,
  [listClaims.name]: listClaims,
  [listClaimColumns.name]: listClaimColumns,
  [claimsPage.name]: claimsPage,
  [claimsCount.name]: claimsCount,
  [claimsGroups.name]: claimsGroups,
  [createClaim.name]: createClaim,
  [updateClaim.name]: updateClaim,
  [deleteClaim.name]: deleteClaim,
  [claimHistory.name]: claimHistory,
  [speakers.name]: speakers,
  [historyState.name]: historyState,
  [undo.name]: undo,
  [redo.name]: redo,
  [startExport.name]: startExport,
  [getExportStatus.name]: getExportStatus,
  [cancelExport.name]: cancelExport,
  [saveExport.name]: saveExport,
  [compareArticles.name]: compareArticles,
  [compareCsv.name]: compareCsv,
  [suggestArticle.name]: suggestArticle,
  [suggestText.name]: suggestText,
  [acceptSuggestionsCall.name]: acceptSuggestionsCall,
  [rejectSuggestion.name]: rejectSuggestion,
  [unrejectSuggestion.name]: unrejectSuggestion,
  [listLexicon.name]: listLexicon,
  [addLexicon.name]: addLexicon,
  [removeLexicon.name]: removeLexicon,
  [setLexiconEnabled.name]: setLexiconEnabled,
  [searchArticles.name]: searchArticles,
  [searchSnippets.name]: searchSnippets,
  [updateArticle.name]: updateArticle,
  [deleteArticles.name]: deleteArticles,
  [startImport.name]: startImport,
  [getImportStatus.name]: getImportStatus,
  [cancelImport.name]: cancelImport,
  [listCodes.name]: listCodes,
  [createCode.name]: createCode,
  [updateCode.name]: updateCode,
  [moveCode.name]: moveCode,
  [mergeCodes.name]: mergeCodes,
  [deleteCode.name]: deleteCode,
  [assignCode.name]: assignCode,
  [unassignCode.name]: unassignCode,
  [codeAssignments.name]: codeAssignments,
  [getAnalyst.name]: getAnalyst,
  [setAnalyst.name]: setAnalyst,
  [getTeamStatus.name]: getTeamStatus,
  [joinTeam.name]: joinTeam,
  [syncTeam.name]: syncTeam,
  [markArticleDone.name]: markArticleDone,
  [listTeamClaims.name]: listTeamClaims,
  [getAgreement.name]: getAgreement,
  [listAdjudication.name]: listAdjudication,
  [setAdjudication.name]: setAdjudication,
  [clearAdjudication.name]: clearAdjudication
} as const satisfies Record<string, Call>

export type Calls = typeof calls
export type CallName = keyof Calls
export type InputOf<N extends CallName> = z.input<Calls[N]['input']>
export type ParsedInputOf<N extends CallName> = z.output<Calls[N]['input']>
export type OutputOf<N extends CallName> = z.output<Calls[N]['output']>

/** IPC channel name used by the preload bridge and the IPC transport. */
export const IPC_CHANNEL = 'workbench:invoke'
