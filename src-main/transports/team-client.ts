import { WorkbenchError, errorSchema } from '../contract/errors.ts'
import { teamCalls, type TeamCallName, type TeamInputOf, type TeamOutputOf } from '../contract/team-sync.ts'
import type { TeamRemote } from '../core/team/client/sync.ts'

const causeCode = (err: unknown): string | undefined => {
  const cause = (err as { cause?: { code?: string; errors?: { code?: string }[] } }).cause
  return cause?.code ?? cause?.errors?.[0]?.code
}

/**
 * The team server over HTTP (fetch): POST <url>/api/<call> with the analyst's
 * bearer token. Answers are checked against the call's schema; failures become
 * WorkbenchErrors with the server's code, or `unreachable` naming the server.
 */
export function httpTeamRemote(url: string, token: string, opts: { timeoutMs?: number } = {}): TeamRemote {
  const base = url.replace(/\/+$/, '')
  return {
    async call<N extends TeamCallName>(name: N, input: TeamInputOf<N>): Promise<TeamOutputOf<N>> {
      let res: Response
      try {
        res = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000)
        })
      } catch (err) {
        const code = causeCode(err) ?? (err as Error).name
        throw new WorkbenchError(
          'unreachable',
          `Cannot reach the team server at ${base} (${code}). Nothing here was changed; sync again when it is up.`
        )
      }
      let body: unknown
      try {
        body = await res.json()
      } catch (err) {
        throw new WorkbenchError(
          'unreachable',
          `The team server at ${base} broke off its answer to ${name} (${causeCode(err) ?? res.status}); sync again.`
        )
      }
      const envelope = body as { ok?: boolean; value?: unknown; error?: unknown }
      if (envelope.ok === true) return teamCalls[name].output.parse(envelope.value) as TeamOutputOf<N>
      const error = errorSchema.safeParse(envelope.error)
      if (error.success) throw new WorkbenchError(error.data.code, `Team server: ${error.data.message}`)
      throw new WorkbenchError('internal', `The team server at ${base} answered ${name} with HTTP ${res.status} and no readable error.`)
    }
  }
}
