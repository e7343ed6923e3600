import type { Generated } from 'kysely'

/** Kysely's view of the tables created by migrations/. Keep in step with them. */
export interface ArticlesTable {
  id: Generated<number>
  title: string
  body: string
  content_hash: string
  source: string | null
  url: string | null
  published: string | null
  format: string
  file_name: string | null
  warnings: Generated<string>
  imported_at: Generated<string>
}

export interface ClaimsTable {
  id: Generated<number>
  article_id: number
  start: number
  end: number
  quote: string
  prefix: Generated<string>
  suffix: Generated<string>
  confidence: 'evidence' | 'assess' | 'do not yet know' | null
  attributed_to: Generated<string>
  note: Generated<string>
  source_reliability: string | null
  claim_credibility: number | null
  cue: string | null
  created_at: Generated<string>
  updated_at: Generated<string>
  /** id across laptops (team mode); given by a trigger while a team is linked */
  uid: Generated<string | null>
  /** quote, note and speaker folded by contract/text-fold.ts (migration 0009); NULL until core/db/sqlite/claim-folds.ts folds them */
  search_text: Generated<string | null>
  speaker_key: Generated<string | null>
}

export interface SettingsTable {
  key: string
  value: string
}

export interface CuePhrasesTable {
  id: Generated<number>
  confidence: 'evidence' | 'assess' | 'do not yet know'
  phrase: string
  builtin: Generated<number>
  enabled: Generated<number>
  created_at: Generated<string>
}

/** A topic code of the codebook (migration 0006). */
export interface CodesTable {
  id: Generated<number>
  guid: string
  parent_id: number | null
  name: string
  color: string | null
  description: Generated<string>
  position: Generated<number>
  created_at: Generated<string>
}

export interface ClaimCodesTable {
  claim_id: number
  code_id: number
}

/** The codes of deleted claims, until an undo puts the claim back (filled and emptied by triggers). */
export interface ClaimCodesParkedTable {
  claim_id: number
  created_at: string
  code_id: number
}

export interface TeamLinkTable {
  id: number
  url: string
  analyst: string
  token: string
  device: string
  clock: string | null
  cursor: Generated<number>
  blind: Generated<number>
  analysts: Generated<string>
  joined_at: Generated<string>
  last_sync_at: string | null
  last_error: string | null
}

export interface TeamChangesTable {
  id: Generated<number>
  op: 'insert' | 'update' | 'delete'
  uid: string
  article_hash: string
  after: string | null
  before: string | null
  at: Generated<string>
}

export interface TeamEventsTable {
  id: string
  seq: number | null
  analyst: string
  device: string
  hlc: string
  article_hash: string
  claim: string | null
  kind: string
  payload: string
  pushed: Generated<number>
}

export interface TeamSharedArticlesTable {
  hash: string
}

export interface TeamClaimsTable {
  uid: string
  analyst: string
  layer: 'analyst' | 'adjudicated'
  article_hash: string
  visible: number
  state: string
}

/** The history of claim changes and article deletes, also the undo stack (migrations 0002, 0004, 0008). */
export interface ClaimHistoryTable {
  id: Generated<number>
  /** null for an article step (kind trash / restore) */
  claim_id: number | null
  article_id: number
  kind: 'create' | 'update' | 'delete' | 'trash' | 'restore'
  before: string | null
  after: string | null
  cause: Generated<'edit' | 'undo' | 'redo'>
  state: 'done' | 'undone' | 'dropped' | 'skipped' | null
  at: Generated<string>
  batch: number | null
  trash_id: number | null
}

/** Suggestions the analyst rejected (migration 0004). */
export interface RejectedSuggestionsTable {
  article_id: number
  start: number
  end: number
  quote: string
  rejected_at: Generated<string>
}

/** Deleted articles with every row deleted with them, while their delete can be undone (migration 0008). */
export interface ArticleTrashTable {
  id: Generated<number>
  article_id: number
  title: string
  snapshot: string
  deleted_at: Generated<string>
}

export interface DB {
  articles: ArticlesTable
  claims: ClaimsTable
  settings: SettingsTable
  cue_phrases: CuePhrasesTable
  codes: CodesTable
  claim_codes: ClaimCodesTable
  claim_codes_parked: ClaimCodesParkedTable
  team_link: TeamLinkTable
  team_changes: TeamChangesTable
  team_events: TeamEventsTable
  team_shared_articles: TeamSharedArticlesTable
  team_claims: TeamClaimsTable
  claim_history: ClaimHistoryTable
  rejected_suggestions: RejectedSuggestionsTable
  article_trash: ArticleTrashTable
}

/**
 * Every table of DB, at run time (schema.test.ts checks it against the migrated database). The FTS5
 * index articles_fts is not here: it sits behind the search port (core/db/sqlite/search-index.ts).
 */
export const TABLES: Record<keyof DB, true> = {
  articles: true,
  claims: true,
  settings: true,
  cue_phrases: true,
  codes: true,
  claim_codes: true,
  claim_codes_parked: true,
  team_link: true,
  team_changes: true,
  team_events: true,
  team_shared_articles: true,
  team_claims: true,
  claim_history: true,
  rejected_suggestions: true,
  article_trash: true
}
