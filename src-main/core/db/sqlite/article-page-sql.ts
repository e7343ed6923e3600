/**
 * The library list a window at a time (contract/article-page.ts): the window's ids in list order from the
 * articles_for_list index (migration 0005: published DESC, id), then their claim counts per tag from
 * claims_by_article_tag for those ids only. Nothing is read for the articles outside the window.
 */
export function articleWindowSql(
  at: { offset?: number; after?: [string | null, number] },
  limit: number
): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  let where = ''
  if (at.after) {
    const [published, id] = at.after
    // NULL dates come last (SQLite's order for DESC), each date's articles by id
    if (published === null) where = ' WHERE published IS NULL AND id > ?'
    else where = ' WHERE (published < ? OR published IS NULL OR (published = ? AND id > ?))'
    params.push(...(published === null ? [id] : [published, published, id]))
  }
  params.push(limit, at.offset ?? 0)
  return { sql: `SELECT id FROM articles${where} ORDER BY published DESC, id LIMIT ? OFFSET ?`, params }
}

/** The summaries of some articles (in no order): articles.list's columns. */
export function articleSummariesSql(ids: number[]): { sql: string; params: unknown[] } {
  const list = ids.map(() => '?').join(', ')
  const tag = (t: string) => `count(*) FILTER (WHERE confidence = '${t}')`
  return {
    sql:
      `WITH k AS (SELECT article_id, count(*) AS claims, ${tag('evidence')} AS evidence, ${tag('assess')} AS assess, ` +
      `${tag('do not yet know')} AS unknown, count(*) FILTER (WHERE confidence IS NULL) AS untagged ` +
      `FROM claims WHERE article_id IN (${list}) GROUP BY article_id) ` +
      'SELECT a.id, a.title, a.source, a.published, a.url, a.format, a.imported_at AS importedAt, ' +
      'coalesce(k.claims, 0) AS claims, coalesce(k.evidence, 0) AS evidence, coalesce(k.assess, 0) AS assess, ' +
      'coalesce(k.unknown, 0) AS unknown, coalesce(k.untagged, 0) AS untagged ' +
      `FROM articles a LEFT JOIN k ON k.article_id = a.id WHERE a.id IN (${list})`,
    params: [...ids, ...ids]
  }
}
