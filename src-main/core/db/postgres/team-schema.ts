import type { ColumnType, Generated } from 'kysely'

/** Kysely's view of the team server's PostgreSQL tables (migrations/team/). Keep in step with them. */
export interface TeamSettingsTable {
  key: string
  value: string
}

export interface AnalystsTable {
  id: Generated<number>
  name: string
  token_hash: string
  created_at: Generated<Date>
  revoked_at: Date | null
}

export interface TeamArticlesTable {
  hash: string
  title: string
  body: string
  source: string | null
  url: string | null
  published: string | null
  format: string
  shared_by: number
  shared_at: Generated<Date>
  search: ColumnType<never, never, never>
}

export interface EventsTable {
  /** bigserial: pg returns int8 as a string */
  seq: ColumnType<string, never, never>
  id: string
  analyst_id: number
  device: string
  hlc: string
  article_hash: string
  claim: string | null
  kind: string
  payload: ColumnType<unknown, string, string>
  received_at: Generated<Date>
}

export interface TeamSchemaVersionTable {
  version: number
  name: string
  applied_at: Generated<Date>
}

export interface TeamDB {
  team_settings: TeamSettingsTable
  analysts: AnalystsTable
  articles: TeamArticlesTable
  events: EventsTable
  team_schema_version: TeamSchemaVersionTable
}
