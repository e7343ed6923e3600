import type BetterSqlite3 from 'better-sqlite3'
import { FOLD_FIELD_SEPARATOR, foldText } from '../../../contract/text-fold.ts'

/**
 * Makes `claims` on this connection mean the adjudicated layer: a TEMP view of
 * that name shadows the table, with the table's columns, so the exporters (CSV,
 * JSON-LD), which read `claims c JOIN articles a`, write the adjudicated layer
 * unchanged. Only for a connection of its own (an export's reader), never the
 * app's. The ids are positions in article and text order, stable while the
 * layer is unchanged.
 */
export function showAdjudicatedLayer(reader: BetterSqlite3.Database): void {
  const field = (name: string): string => `json_extract(t.state, '$.${name}')`
  // the folded columns a filter reads (migration 0009), folded here by the same JavaScript rule
  reader.function('workbench_fold', { deterministic: true }, (text: unknown) => foldText(typeof text === 'string' ? text : ''))
  const sep = `char(${FOLD_FIELD_SEPARATOR.codePointAt(0)})`
  const folded = (name: string): string => `workbench_fold(${field(name)})`
  reader.exec(`CREATE TEMP VIEW claims AS
    SELECT row_number() OVER (ORDER BY a.id, ${field('start')}, t.uid) AS id, a.id AS article_id,
           ${field('start')} AS start, ${field('end')} AS "end", ${field('quote')} AS quote, ${field('prefix')} AS prefix,
           ${field('suffix')} AS suffix, ${field('confidence')} AS confidence, ${field('attributedTo')} AS attributed_to,
           ${field('note')} AS note, NULL AS source_reliability, NULL AS claim_credibility, NULL AS cue,
           substr(${field('created')}, 1, 24) AS created_at, substr(${field('created')}, 1, 24) AS updated_at, t.uid AS uid,
           ${folded('quote')} || ${sep} || ${folded('note')} || ${sep} || ${folded('attributedTo')} AS search_text,
           ${folded('attributedTo')} AS speaker_key
    FROM main.team_claims t JOIN main.articles a ON a.content_hash = t.article_hash
    WHERE t.layer = 'adjudicated' AND t.visible = 1`)
}
