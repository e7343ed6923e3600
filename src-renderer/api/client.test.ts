import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// the desktop bridge stands in for the core: each call answers its name and input
const bridge = { invoke: vi.fn(async (name: string, input: unknown) => ({ ok: true, value: { name, input } })) }

beforeEach(() => {
  vi.stubGlobal('window', { workbench: bridge })
  bridge.invoke.mockClear()
})
afterEach(() => vi.unstubAllGlobals())

const fresh = async () => {
  vi.resetModules()
  return await import('./client.ts')
}

describe('starting read calls early', () => {
  it('answers the first invoke of the same call and input from the early start, later ones ask again', async () => {
    const { invoke, prefetch } = await fresh()
    const early = prefetch('articles.get', { id: 3 })
    expect(bridge.invoke).toHaveBeenCalledTimes(1)
    expect(await invoke('articles.get', { id: 3 })).toEqual({ name: 'articles.get', input: { id: 3 } })
    expect(bridge.invoke).toHaveBeenCalledTimes(1)
    expect(await early).toEqual({ name: 'articles.get', input: { id: 3 } })
    await invoke('articles.get', { id: 3 })
    expect(bridge.invoke).toHaveBeenCalledTimes(2)
  })

  it('does not answer another input from it', async () => {
    const { invoke, prefetch } = await fresh()
    void prefetch('articles.get', { id: 3 })
    expect(await invoke('articles.get', { id: 4 })).toEqual({ name: 'articles.get', input: { id: 4 } })
    expect(bridge.invoke).toHaveBeenCalledTimes(2)
  })

  it('drops early answers once a call that may change data is made', async () => {
    const { invoke, prefetch } = await fresh()
    void prefetch('claims.list', { articleId: 1 })
    await invoke('claims.delete', { id: 5 })
    await invoke('claims.list', { articleId: 1 })
    expect(bridge.invoke).toHaveBeenCalledTimes(3)
  })

  it("keeps early answers while the first screen's other reads are made (the team's status, the codebook)", async () => {
    const { invoke, prefetch } = await fresh()
    void prefetch('articles.list', {})
    await invoke('team.status', {})
    await invoke('codes.list', {})
    await invoke('codes.assignments', { articleId: 1 })
    await invoke('suggest.article', { articleId: 1 })
    await invoke('articles.list', {})
    expect(bridge.invoke.mock.calls.map(([name]) => name)).toEqual([
      'articles.list',
      'team.status',
      'codes.list',
      'codes.assignments',
      'suggest.article'
    ])
  })

  it('keeps early answers when the place is saved, except the place itself', async () => {
    const { invoke, prefetch } = await fresh()
    void prefetch('articles.list', {})
    void prefetch('place.get', {})
    await invoke('place.set', { view: 'read' })
    await invoke('articles.list', {})
    await invoke('place.get', {})
    expect(bridge.invoke.mock.calls.map(([name]) => name)).toEqual(['articles.list', 'place.get', 'place.set', 'place.get'])
  })

  it('refuses to start a call that is not a read', async () => {
    const { prefetch } = await fresh()
    expect(() => prefetch('claims.delete', { id: 1 })).toThrow(/not a read call/)
    expect(bridge.invoke).not.toHaveBeenCalled()
  })

  it('reports a failed early call to the one who takes it', async () => {
    const { invoke, prefetch, ApiError } = await fresh()
    bridge.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'not_found', message: 'There is no article 9.' } } as never)
    void prefetch('articles.get', { id: 9 }).catch(() => {})
    await expect(invoke('articles.get', { id: 9 })).rejects.toBeInstanceOf(ApiError)
  })
})
