import type { Page } from '@playwright/test'

/** Calls the app's API from the page, with its session token (as the app itself does). */
export async function callApi<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([n, i]) => {
      const res = await fetch(`/api/${n}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': sessionStorage.getItem('workbench.token') ?? '' },
        body: JSON.stringify(i)
      })
      const body = await res.json()
      if (!body.ok) throw new Error(`${n}: ${body.error.message}`)
      return body.value
    },
    [name, input] as const
  ) as Promise<T>
}

/** Marks `quote` in the article whose title starts with `title` as a claim. */
export async function addClaim(page: Page, title: string, quote: string, fields: Record<string, unknown> = {}): Promise<{ id: number }> {
  const articles = await callApi<{ id: number; title: string }[]>(page, 'articles.list', {})
  const article = articles.find((a) => a.title.startsWith(title))!
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id: article.id })
  const start = body.indexOf(quote)
  if (start < 0) throw new Error(`quote not in ${title}: ${quote}`)
  return callApi(page, 'claims.create', { articleId: article.id, start, end: start + quote.length, ...fields })
}
