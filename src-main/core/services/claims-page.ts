import type { ClaimPage, ClaimPageInput, ClaimView } from '../../contract/claim-page.ts'
import type { Store } from '../db/store.ts'

/** One window of a claim view (contract/claim-page.ts), with each row's cursor and, when asked, the view's count. */
export const claimsPage = ({ db, ports }: Store, input: ClaimPageInput): Promise<ClaimPage> => ports.claims.page(db, input)

export async function countClaims({ db, ports }: Store, view: ClaimView): Promise<{ total: number }> {
  return { total: await ports.claims.viewCount(db, view) }
}

/** A grouped view's groups in row order, each with its row count. */
export const claimGroups = ({ db, ports }: Store, view: ClaimView): Promise<{ group: string; count: number }[]> =>
  ports.claims.groups(db, view)
