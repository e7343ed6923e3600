import { describe, expect, it } from 'vitest'
import { MAX_WAITING, nextToast, type Toast } from './toast-queue.ts'

let id = 0
const info = (message: string, extra: Partial<Toast> = {}): Toast => ({ id: ++id, kind: 'info', message, ...extra })
const error = (message: string): Toast => ({ id: ++id, kind: 'error', message })
const messages = (q: Toast[]) => q.map((t) => t.message)

describe('the toast queue', () => {
  it('shows one and queues the next ones in order', () => {
    let q: Toast[] = []
    for (const m of ['Undone: tag', 'Undone: note', 'Redone: note']) q = nextToast(q, info(m))
    expect(messages(q)).toEqual(['Undone: tag', 'Undone: note', 'Redone: note'])
  })

  it('does not queue the same message twice', () => {
    let q = [info('Saved')]
    q = nextToast(q, info('Nothing to undo.'))
    q = nextToast(q, info('Nothing to undo.'))
    expect(messages(q)).toEqual(['Saved', 'Nothing to undo.'])
  })

  it('puts an error ahead of waiting infos, never ahead of the one shown', () => {
    let q = [info('Undone: tag'), info('Undone: note')]
    q = nextToast(q, error('Could not save the change'))
    expect(messages(q)).toEqual(['Undone: tag', 'Could not save the change', 'Undone: note'])
  })

  it('keeps at most a few waiting, dropping old plain infos before ones with an Undo', () => {
    let q = [info('shown'), info('Suggestion rejected.', { action: { label: 'Undo', run: () => {} } })]
    for (let i = 0; i < 10; i++) q = nextToast(q, info(`info ${i}`))
    expect(q).toHaveLength(1 + MAX_WAITING)
    expect(messages(q)).toContain('Suggestion rejected.')
    expect(messages(q).at(-1)).toBe('info 9')
  })
})

describe('toasts with an action', () => {
  it('are never merged: each Undo takes back its own step', () => {
    const undo = { label: 'Undo', run: () => {} }
    let q = [info('shown')]
    q = nextToast(q, info('Suggestion rejected.', { action: undo }))
    q = nextToast(q, info('Suggestion rejected.', { action: undo }))
    expect(messages(q)).toEqual(['shown', 'Suggestion rejected.', 'Suggestion rejected.'])
  })
})
