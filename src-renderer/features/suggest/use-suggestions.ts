import { useCallback, useMemo } from 'react'
import type { SuggestionRow } from '../../../src-main/contract/suggest.ts'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { publish, touchesClaims, useChanges } from '../../api/changes.ts'
import { useToast } from '../../ui/toasts.tsx'
import type { LocalClaim } from '../claims/use-claims.ts'

/** A suggestion shown as a row of the claims table (not saved: its id is negative and unique). */
export type SuggestedClaim = LocalClaim & {
  suggested: true
  cueSpan: { start: number; end: number } | null
  score: number
  /** the speaker is read from the sentence's subject, not named by a speech verb: shown as a guess */
  speakerInferred: boolean
}

const ID_BASE = -1_000_000_000

export const isSuggested = (c: LocalClaim): c is SuggestedClaim => (c as SuggestedClaim).suggested === true

function toRow(s: SuggestionRow, i: number, articleId: number): SuggestedClaim {
  return {
    id: ID_BASE - i,
    key: `suggested-${s.start}-${s.end}`,
    articleId,
    articleTitle: '',
    start: s.start,
    end: s.end,
    quote: s.quote,
    prefix: '',
    suffix: '',
    confidence: s.confidence,
    attributedTo: s.attributedTo,
    note: '',
    sourceReliability: null,
    claimCredibility: null,
    cue: s.cue?.text ?? null,
    createdAt: '',
    updatedAt: '',
    suggested: true,
    cueSpan: s.cue ? { start: s.cue.start, end: s.cue.end } : null,
    score: s.score,
    speakerInferred: s.speakerInferred && s.attributedTo !== ''
  }
}

/**
 * The suggester's proposals for an article, and reviewing them: accept (as
 * proposed or retagged), accept all (one undo step), reject (remembered; Undo
 * in the toast takes it back).
 */
export function useSuggestions(articleId: number | null, enabled: boolean, withUntagged: boolean) {
  const toast = useToast()
  const { data, reload, loading } = useCall('suggest.article', enabled && articleId !== null ? { articleId } : null)
  // claims added or removed here (a claim's span is no longer suggested, a deleted one's may be again)
  useChanges((c) => {
    if (enabled && articleId !== null && touchesClaims(c, articleId) && (c.structure || c.everything)) return reload()
  })
  const rows = useMemo(
    () =>
      articleId === null ? [] : (data ?? []).map((s, i) => toRow(s, i, articleId)).filter((s) => withUntagged || s.confidence !== null),
    [data, articleId, withUntagged]
  )

  const accept = useCallback(
    async (items: SuggestedClaim[], confidence?: SuggestedClaim['confidence']) => {
      if (articleId === null || items.length === 0) return []
      try {
        const { inserted } = await invoke('suggest.accept', {
          articleId,
          suggestions: items.map((s) => ({
            start: s.start,
            end: s.end,
            quote: s.quote,
            confidence: confidence === undefined ? s.confidence : confidence,
            attributedTo: s.attributedTo,
            cue: s.cue ? { text: s.cue } : null
          }))
        })
        await publish({ articles: [articleId], structure: true, speakers: true })
        if (items.length > 1) toast({ kind: 'info', message: `Accepted ${inserted.length} suggested claims (Ctrl+Z undoes them all).` })
        return inserted
      } catch (err) {
        toast({ kind: 'error', message: `Could not accept: ${(err as Error).message}` })
        return []
      } finally {
        reload()
      }
    },
    [articleId, reload, toast]
  )

  const reject = useCallback(
    async (s: SuggestedClaim) => {
      if (articleId === null) return
      const span = { articleId, start: s.start, end: s.end }
      try {
        await invoke('suggest.reject', span)
        toast({
          kind: 'info',
          message: 'Suggestion rejected.',
          action: {
            label: 'Undo',
            run: () => void invoke('suggest.unreject', span).then(reload)
          }
        })
      } catch (err) {
        toast({ kind: 'error', message: `Could not reject: ${(err as Error).message}` })
      } finally {
        reload()
      }
    },
    [articleId, reload, toast]
  )

  return { suggestions: rows, loading, accept, reject, reload }
}
