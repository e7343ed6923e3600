import type { Kysely } from 'kysely'
import type { AgreementReportRow } from '../../../contract/team.ts'
import type { DB } from '../../db/schema.ts'
import { agreementReport } from '../agreement/agreement-report.ts'
import { requireLink } from './link.ts'
import { codedClaimsByArticle } from './team-claims.ts'

/**
 * Agreement among the team's analysts over the articles two or more of them
 * marked (an article only one analyst has read says nothing about agreement),
 * or over one article.
 */
export async function teamAgreement(db: Kysely<DB>, articleId?: number): Promise<AgreementReportRow> {
  const link = await requireLink(db)
  const byArticle = await codedClaimsByArticle(db, link.analyst, articleId)
  const shared = [...byArticle.values()].filter((claims) => new Set(claims.map((c) => c.analyst)).size >= 2)
  return { ...agreementReport(shared), articles: shared.length }
}
