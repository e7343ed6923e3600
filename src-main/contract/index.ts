import type { z } from 'zod'
import type { Call } from './call.ts'
import { appInfo } from './app.ts'
import { getArticle, listArticles } from './articles.ts'
import { claimHistory, createClaim, deleteClaim, historyState, listClaims, redo, speakers, undo, updateClaim } from './claims.ts'
import { compareArticles, compareCsv } from './compare.ts'
import { addLexicon, listLexicon, removeLexicon, setLexiconEnabled, suggestArticle, suggestText } from './suggest.ts'

export * from './call.ts'
export * from './errors.ts'
export * from './common.ts'
export * from './articles.ts'
export * from './app.ts'
export * from './claims.ts'
export * from './compare.ts'
export * from './suggest.ts'

/** Every call the core answers, by name. The one list both sides share. */
export const calls = {
  [appInfo.name]: appInfo,
  [listArticles.name]: listArticles,
  [getArticle.name]: getArticle,
  [listClaims.name]: listClaims,
  [createClaim.name]: createClaim,
  [updateClaim.name]: updateClaim,
  [deleteClaim.name]: deleteClaim,
  [claimHistory.name]: claimHistory,
  [speakers.name]: speakers,
  [historyState.name]: historyState,
  [undo.name]: undo,
  [redo.name]: redo,
  [compareArticles.name]: compareArticles,
  [compareCsv.name]: compareCsv,
  [suggestArticle.name]: suggestArticle,
  [suggestText.name]: suggestText,
  [listLexicon.name]: listLexicon,
  [addLexicon.name]: addLexicon,
  [removeLexicon.name]: removeLexicon,
  [setLexiconEnabled.name]: setLexiconEnabled
} as const satisfies Record<string, Call>

export type Calls = typeof calls
export type CallName = keyof Calls
export type InputOf<N extends CallName> = z.input<Calls[N]['input']>
export type ParsedInputOf<N extends CallName> = z.output<Calls[N]['input']>
export type OutputOf<N extends CallName> = z.output<Calls[N]['output']>

/** IPC channel name used by the preload bridge and the IPC transport. */
export const IPC_CHANNEL = 'workbench:invoke'
