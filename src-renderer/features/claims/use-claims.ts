import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClaimFields, ClaimQuery, ClaimRow } from '../../../src-main/contract/index.ts'
import { invoke } from '../../api/client.ts'
import { publish, tagKey, touchesClaims, useChanges } from '../../api/changes.ts'
import { useToast } from '../../ui/toasts.tsx'

/** A claim in the table; `key` stays the same while a new claim goes from pending (negative id) to saved. */
export type LocalClaim = ClaimRow & { key?: string }

export interface ClaimsStore {
  claims: LocalClaim[]
  loading: boolean
  error: Error | undefined
  reload: () => Promise<void>
  /** Shows the claim at once under a temporary (negative) id, which later calls may already use. */
  create: (c: NewClaim) => { tempId: number; saved: Promise<ClaimRow | undefined> }
  update: (id: number, patch: Partial<ClaimFields>) => Promise<void>
  remove: (id: number) => Promise<void>
}

/** A claim to make: its span and fields; `quote` (the text there) only shows it before the core answers. */
export type NewClaim = { start: number; end: number; quote?: string; cue?: string | null } & Partial<ClaimFields>

let tempId = -1

/**
 * The claims of one article (every claim is read a window at a time instead: use-claim-window.ts), with optimistic changes: the
 * table shows a change at once, the core commits it, and a failure puts the old
 * state back and says why.
 */
export function useClaims(query: ClaimQuery | null): ClaimsStore {
  const toast = useToast()
  const [claims, setClaims] = useState<LocalClaim[]>([])
  /** temporary id → the saved id (or undefined if saving failed) */
  const pending = useRef(new Map<number, Promise<number | undefined>>())
  const realId = useCallback(async (id: number) => (id < 0 ? await pending.current.get(id) : id), [])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<Error>()
  const key = query === null ? null : JSON.stringify(query)
  const generation = useRef(0)
  /** this store's own writes are on screen already: it does not reload for them */
  const source = useRef({}).current

  const reload = useCallback(async () => {
    if (key === null) {
      setClaims([])
      return
    }
    const mine = ++generation.current
    setLoading(true)
    try {
      const q = JSON.parse(key) as ClaimQuery
      const rows = await invoke('claims.list', q)
      if (mine === generation.current) {
        setClaims(rows)
        setError(undefined)
      }
    } catch (err) {
      if (mine === generation.current) setError(err as Error)
    } finally {
      if (mine === generation.current) setLoading(false)
    }
  }, [key])

  useEffect(() => {
    setClaims([])
    void reload()
  }, [reload])

  // another view's write, an undo or a sync that touches these claims: read them again
  useChanges((c) => {
    if (c.source === source || key === null) return
    if (touchesClaims(c, query?.articleId)) return reload()
  })

  const fail = useCallback(
    (what: string, err: unknown) => toast({ kind: 'error', message: `Could not ${what}: ${(err as Error).message} (change undone)` }),
    [toast]
  )

  const create: ClaimsStore['create'] = useCallback(
    (c) => {
      const articleId = query?.articleId
      const id = tempId--
      if (articleId === undefined) return { tempId: id, saved: Promise.resolve(undefined) }
      const now = new Date().toISOString()
      const optimistic: LocalClaim = {
        key: `new${id}`,
        id,
        articleId,
        articleTitle: '',
        start: c.start,
        end: c.end,
        quote: c.quote ?? '',
        prefix: '',
        suffix: '',
        confidence: c.confidence ?? null,
        attributedTo: c.attributedTo ?? '',
        note: c.note ?? '',
        sourceReliability: c.sourceReliability ?? null,
        claimCredibility: c.claimCredibility ?? null,
        cue: c.cue ?? null,
        createdAt: now,
        updatedAt: now,
        anchor: 'ok'
      }
      setClaims((cs) => [...cs, optimistic])
      const { quote: _shown, ...fields } = c
      const saved = invoke('claims.create', { articleId, ...fields }).then(
        (row) => {
          setClaims((cs) => cs.map((x) => (x.id === id ? { ...row, anchor: 'ok', key: optimistic.key } : x)))
          void publish({
            articles: [articleId],
            structure: true,
            speakers: !!row.attributedTo,
            tally: [{ article: articleId, plus: tagKey(row.confidence) }],
            source
          })
          return row
        },
        (err: unknown) => {
          setClaims((cs) => cs.filter((x) => x.id !== id))
          fail('add the claim', err)
          return undefined
        }
      )
      pending.current.set(
        id,
        saved.then((row) => row?.id)
      )
      return { tempId: id, saved }
    },
    [fail, source, query?.articleId]
  )

  const update: ClaimsStore['update'] = useCallback(
    async (givenId, patch) => {
      let before: LocalClaim | undefined
      setClaims((cs) =>
        cs.map((x) => {
          if (x.id !== givenId) return x
          before = x
          return { ...x, ...patch }
        })
      )
      const id = await realId(givenId) // a claim still being saved: wait for its id
      if (id === undefined) return
      try {
        const { history, undoState, ...saved } = await invoke('claims.update', { id, patch, refresh: ['history', 'undo'] })
        setClaims((cs) => cs.map((x) => (x.id === id ? { ...saved, anchor: x.anchor, key: x.key } : x)))
        const retagged = before && 'confidence' in patch && before.confidence !== saved.confidence
        void publish({
          articles: [saved.articleId],
          claims: [id],
          speakers: 'attributedTo' in patch,
          undoState,
          history: history && { claimId: id, entries: history },
          tally: retagged ? [{ article: saved.articleId, plus: tagKey(saved.confidence), minus: tagKey(before!.confidence) }] : [],
          source
        })
      } catch (err) {
        if (before) setClaims((cs) => cs.map((x) => (x.id === id ? before! : x)))
        fail('save the change', err)
      }
    },
    [fail, realId, source]
  )

  const remove: ClaimsStore['remove'] = useCallback(
    async (givenId) => {
      const id = await realId(givenId)
      if (id === undefined) return
      let removed: LocalClaim | undefined
      let index = -1
      setClaims((cs) => {
        index = cs.findIndex((x) => x.id === id)
        removed = cs[index]
        return cs.filter((x) => x.id !== id)
      })
      try {
        await invoke('claims.delete', { id })
        if (removed)
          void publish({
            articles: [removed.articleId],
            structure: true,
            speakers: true,
            tally: [{ article: removed.articleId, minus: tagKey(removed.confidence) }],
            source
          })
      } catch (err) {
        if (removed) setClaims((cs) => [...cs.slice(0, index), removed!, ...cs.slice(index)])
        fail('delete the claim', err)
      }
    },
    [fail, realId, source]
  )

  return { claims, loading, error, reload, create, update, remove }
}
