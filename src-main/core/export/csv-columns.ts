import { CODE_IDS_SQL } from './code-labels.ts'

/**
 * The documented, fixed columns of the CSV export, in order, with the SQL each is
 * read from (`c` = claims, `a` = articles; see CLAIMS_FROM). The first column must
 * stay the claim id (selection by ids relies on it).
 *
 * | column             | holds                                                                  |
 * | ------------------ | ---------------------------------------------------------------------- |
 * | claim_id           | the claim's id in this database                                        |
 * | article_title      | title of the article the claim is in                                   |
 * | article_source     | the outlet or author of the article (may be empty)                     |
 * | article_published  | publication date, ISO (may be empty)                                   |
 * | article_url        | where the article came from (may be empty)                             |
 * | quote              | the claim's exact text                                                 |
 * | confidence         | evidence · assess · do not yet know (empty: not tagged)                |
 * | cue                | the wording that signalled the tag, when a suggestion found one        |
 * | attributed_to      | who made the claim (the speaker, not the outlet)                       |
 * | source_reliability | Admiralty grade A–F of the source                                      |
 * | claim_credibility  | Admiralty grade 1–6 of the information                                 |
 * | note               | the analyst's note                                                     |
 * | start, end         | position in the article's canonical text, in UTF-16 code units (as the app stores them; JavaScript string
 *   indices) |
 * | created_at         | when the claim was marked (ISO, UTC)                                   |
 * | updated_at         | when it was last changed (ISO, UTC)                                    |
 * | codes              | the claim's topic codes, each as its path ("Military / Troop movements"), "; " between codes, in codebook order |
 */
export const CSV_COLUMNS = [
  ['claim_id', 'c.id'],
  ['article_title', 'a.title'],
  ['article_source', 'a.source'],
  ['article_published', 'a.published'],
  ['article_url', 'a.url'],
  ['quote', 'c.quote'],
  ['confidence', 'c.confidence'],
  ['cue', 'c.cue'],
  ['attributed_to', 'c.attributed_to'],
  ['source_reliability', 'c.source_reliability'],
  ['claim_credibility', 'c.claim_credibility'],
  ['note', 'c.note'],
  ['start', 'c.start'],
  ['end', 'c."end"'],
  ['created_at', 'c.created_at'],
  ['updated_at', 'c.updated_at'],
  ['codes', CODE_IDS_SQL]
] as const

/** Where the codes column is (its ids are turned into labels as rows are written). */
export const CSV_CODES_COLUMN = CSV_COLUMNS.length - 1

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map(([name]) => name)
export const CSV_SELECT: string = CSV_COLUMNS.map(([, expr]) => expr).join(', ')
