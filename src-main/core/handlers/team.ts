import { WorkbenchError } from '../../contract/errors.ts'
import type { CoreContext } from '../context.ts'
import { adjudicationItems, clearAdjudication, markDone, setAdjudication } from '../team/client/adjudication.ts'
import { teamAgreement } from '../team/client/agreement.ts'
import { deviceHome, ensureOwnDevice } from '../team/client/device-home.ts'
import { linkTeam } from '../team/client/link.ts'
import { greet, syncTeam, type TeamRemoteFactory } from '../team/client/sync.ts'
import { listTeamClaims } from '../team/client/team-claims.ts'
import { teamStatus } from '../team/client/team-status.ts'
import type { Handler } from './index.ts'

type TeamCall =
  | 'team.status'
  | 'team.join'
  | 'team.sync'
  | 'team.done'
  | 'team.claims'
  | 'agreement.report'
  | 'adjudication.items'
  | 'adjudication.set'
  | 'adjudication.clear'

function remote(ctx: CoreContext): TeamRemoteFactory {
  if (!ctx.teamRemote)
    throw new WorkbenchError('rejected', 'Team sync is not available in this app (no connection to a team server was set up).')
  return ctx.teamRemote
}

/** Before this laptop makes an event: a database copied here from another laptop takes a device id of its own. */
const ownDevice = (ctx: CoreContext): Promise<boolean> => ensureOwnDevice(ctx.database.db, deviceHome(ctx.database.path))

export const teamHandlers: { [N in TeamCall]: Handler<N> } = {
  'team.status': (ctx) => teamStatus(ctx.database.db),
  'team.join': async (ctx, { url, analyst, token }) => {
    // the server must know this token, and as this analyst, before anything is written here
    const hello = await greet(remote(ctx)(url, token), url)
    if (hello.analyst !== analyst)
      throw new WorkbenchError(
        'unauthorized',
        `This token belongs to ${hello.analyst} on the team, not to ${analyst}. Nothing was changed.`
      )
    await linkTeam(ctx.database.db, url, analyst, token)
    await ownDevice(ctx) // this file's home, so that a copy of it elsewhere is told apart
    await ctx.database.db
      .updateTable('team_link')
      .set({ blind: hello.blind ? 1 : 0, analysts: JSON.stringify(hello.analysts) })
      .where('id', '=', 1)
      .execute()
    return teamStatus(ctx.database.db)
  },
  'team.sync': async (ctx) => (await ownDevice(ctx), syncTeam(ctx.database.db, remote(ctx))),
  'team.done': async (ctx, { articleId }) => (await ownDevice(ctx), markDone(ctx.database.db, articleId)),
  'team.claims': (ctx, { articleId, layer }) => listTeamClaims(ctx.database.db, layer, articleId),
  'agreement.report': (ctx, { articleId }) => teamAgreement(ctx.database.db, articleId),
  'adjudication.items': (ctx, { articleId }) => adjudicationItems(ctx.database.db, articleId),
  'adjudication.set': async (ctx, input) => (await ownDevice(ctx), setAdjudication(ctx.database.db, input)),
  'adjudication.clear': async (ctx, { uid }) => (await ownDevice(ctx), clearAdjudication(ctx.database.db, uid))
}
