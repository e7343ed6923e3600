import { useState } from 'react'
import { invoke } from '../../api/client.ts'
import { useCall } from '../../api/use-call.ts'
import { ArticlePicker } from '../library/ArticlePicker.tsx'
import { useArticleChoices } from '../library/use-article-choices.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { AdjudicateView } from './AdjudicateView.tsx'
import { AgreementView } from './AgreementView.tsx'
import { OthersClaims } from './OthersClaims.tsx'
import './team.css'

type Tab = 'claims' | 'agreement' | 'adjudicate'

/** Team mode's screen: everyone's claims on an article (read-only, by analyst), agreement, and adjudication. */
export function TeamView({
  initialArticleId,
  version,
  onChanged
}: {
  initialArticleId: number | null
  version: number
  onChanged: () => void
}) {
  const [tab, setTab] = useState<Tab>('agreement')
  const [articleId, setArticleId] = useState<number | null>(initialArticleId)
  const [query, setQuery] = useState('')
  const { choices: articles } = useArticleChoices(query, [articleId], version)
  const [done, setDone] = useState<{ id: number; note: string } | null>(null)
  const status = useCall('team.status', {}, version)
  if (status.error) return <ErrorNote error={status.error} onRetry={status.reload} />
  if (status.data && !status.data.linked) {
    return (
      <section className="team-view" aria-label="Team">
        <p className="team-empty">
          This library has not joined a team. Use the Team button above to join one; then everyone’s claims, agreement and adjudication show
          here.
        </p>
      </section>
    )
  }
  const analysts = status.data?.analysts ?? []
  const me = status.data?.analyst ?? ''
  return (
    <section className="team-view" aria-label="Team">
      <div className="team-toolbar">
        <div role="tablist" aria-label="Team views" className="view-tabs">
          {(['claims', 'agreement', 'adjudicate'] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} aria-pressed={tab === t} onClick={() => setTab(t)}>
              {t === 'claims' ? 'Claims by analyst' : t === 'agreement' ? 'Agreement' : 'Adjudicate'}
            </button>
          ))}
        </div>
        <ArticlePicker
          className="wide"
          label="Article"
          findLabel="Find article"
          value={articleId}
          none={tab === 'agreement' ? 'All articles two or more analysts marked' : undefined}
          articles={articles}
          query={query}
          onQuery={setQuery}
          onChange={setArticleId}
        />
        {articleId !== null ? (
          <button
            type="button"
            title="In blind mode, others’ judgments on this article show after the next sync"
            onClick={() =>
              void invoke('team.done', { articleId }).then(
                () => setDone({ id: articleId, note: 'Marked done: others’ judgments on it come with the next sync.' }),
                (err: Error) => setDone({ id: articleId, note: err.message })
              )
            }
          >
            Mark article done
          </button>
        ) : null}
        {done && done.id === articleId ? <span role="status">{done.note}</span> : null}
      </div>
      {tab === 'agreement' ? <AgreementView articleId={articleId} version={version} analysts={analysts} /> : null}
      {tab === 'claims' && articleId !== null ? <OthersClaims articleId={articleId} version={version} analysts={analysts} me={me} /> : null}
      {tab === 'adjudicate' && articleId !== null ? (
        <AdjudicateView articleId={articleId} version={version} analysts={analysts} onChanged={onChanged} />
      ) : null}
    </section>
  )
}
