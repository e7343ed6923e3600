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

export interface DB {
  articles: ArticlesTable
  claims: ClaimsTable
  settings: SettingsTable
  cue_phrases: CuePhrasesTable
  codes: CodesTable
  claim_codes: ClaimCodesTable
  claim_codes_parked: ClaimCodesParkedTable
}
