import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { paragraphs } from './paragraphs.ts'

/** The article's canonical text, laid out for reading. */
export function ReaderPane({ articleId }: { articleId: number | null }) {
  const { data: article, error, loading, reload } = useCall('articles.get', articleId === null ? null : { id: articleId })

  return (
    <section className="pane reader-pane" aria-label="Source text" aria-busy={loading}>
      {error ? <ErrorNote error={error} onRetry={reload} /> : null}
      {articleId === null ? (
        <p className="placeholder">Choose an article in the library to read it.</p>
      ) : article ? (
        <article className="reader">
          <h1 className="reader-title">{article.title}</h1>
          <p className="reader-meta">{[article.source, article.published, article.url].filter(Boolean).join(' · ')}</p>
          {article.warnings.map((w) => (
            <p key={w} className="reader-warning" role="note">
              {w}
            </p>
          ))}
          <div className="reader-body">
            {paragraphs(article.body).map((p) => (
              <p key={p.start} data-start={p.start}>
                {p.text}
              </p>
            ))}
          </div>
        </article>
      ) : null}
    </section>
  )
}
